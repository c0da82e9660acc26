package io.plumbline.retention.internal;

import io.plumbline.retention.Churn;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractImportPreview;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.ImportProblem;
import io.plumbline.retention.ImportRow;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.csv.CsvLine;
import io.plumbline.shared.csv.CsvLineReader;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Checks a contract CSV (docs/retention.md lists the columns) against the agency's
 * clients and stored terms, and plans what an import would add. Pure: the service runs it
 * again inside the import's transaction, so what is stored is exactly what was checked.
 * Line numbers are physical lines of the file, as {@link CsvLineReader} counts them.
 */
public final class ContractImportCheck {

    public static final List<String> COLUMNS = List.of("client", "reference", "start_date", "renewal_date",
            "monthly_value", "currency", "status", "churn_date", "churn_category", "churn_reason");

    private static final List<String> REQUIRED = COLUMNS.subList(0, 6);

    public static final int MAX_ROWS = 5_000;

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("reference", "reference", "start", "start_date",
            "renewal", "renewal_date", "monthlyValue", "monthly_value", "currency", "currency", "date", "churn_date",
            "category", "churn_category", "reason", "churn_reason");

    /**
     * A term the import would add, with the stored status (ACTIVE, RENEWED or CHURNED).
     */
    public record NewTerm(int line, ClientId client, String reference, LocalDate start, LocalDate renewal,
            BigDecimal monthlyValue, Currency currency, ContractStatus status, Churn churn) {
    }

    public record Plan(ContractImportPreview preview, List<NewTerm> additions) {
    }

    private ContractImportCheck() {
    }

    /**
     * @param clientsByName the agency's clients by lower-case name and display name
     */
    public static Plan check(String text, Map<String, ClientId> clientsByName, List<ContractDetails> stored) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvLine> records = read(text, problems);
        if (!problems.isEmpty()) {
            return new Plan(new ContractImportPreview(List.of(), problems, List.of()), List.of());
        }
        if (records.isEmpty()) {
            problems.add(new ImportProblem(1, null,
                    "The file is empty; the first line names the columns: " + String.join(",", COLUMNS) + "."));
            return new Plan(new ContractImportPreview(List.of(), problems, List.of()), List.of());
        }
        Map<String, Integer> header = header(records.getFirst(), problems);
        List<String> ignored = header.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (records.size() - 1 > MAX_ROWS) {
            problems.add(new ImportProblem(1, null,
                    "At most %,d rows per file; this one has %,d.".formatted(MAX_ROWS, records.size() - 1)));
        }
        if (!problems.isEmpty()) {
            return new Plan(new ContractImportPreview(List.of(), problems, ignored), List.of());
        }
        List<Parsed> parsed = new ArrayList<>();
        for (CsvLine record : records.subList(1, records.size())) {
            Parsed row = parse(record, header, clientsByName, problems);
            if (row != null) {
                parsed.add(row);
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        List<NewTerm> additions = new ArrayList<>();
        compareWithStoredAndEachOther(parsed, stored, problems, rows, additions);
        checkChains(additions, stored, problems);
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new Plan(new ContractImportPreview(rows, List.copyOf(problems), ignored),
                problems.isEmpty() ? additions : List.of());
    }

    private record Parsed(String clientName, NewTerm term) {
    }

    private static List<CsvLine> read(String text, List<ImportProblem> problems) {
        try {
            return CsvLineReader.readAll(text, ',');
        }
        catch (CsvLineReader.MalformedCsv e) {
            problems.add(new ImportProblem(e.line(), null, "The file is not valid CSV here: " + e.getMessage()));
            return List.of();
        }
    }

    private static Map<String, Integer> header(CsvLine first, List<ImportProblem> problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < first.cells().size(); i++) {
            String name = first.cell(i).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (header.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, name, "The column '%s' appears twice.".formatted(name)));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(1, null,
                    "Missing column(s) %s; the header must name %s (status and churn_* optional)."
                        .formatted(String.join(", ", missing), String.join(",", COLUMNS))));
        }
        return header;
    }

    private static Parsed parse(CsvLine record, Map<String, Integer> header, Map<String, ClientId> clients,
            List<ImportProblem> problems) {
        int line = record.line();
        int before = problems.size();
        Map<String, String> value = new HashMap<>();
        header.forEach((column, index) -> value.put(column, record.cell(index)));
        String clientName = value.get("client");
        ClientId client = null;
        if (clientName.isEmpty()) {
            problems.add(new ImportProblem(line, "client", "Enter the client's name."));
        }
        else {
            client = clients.get(clientName.toLowerCase(Locale.ROOT));
            if (client == null) {
                problems.add(new ImportProblem(line, "client",
                        "No client named '%s' in this agency.".formatted(clientName)));
            }
        }
        String reference = attempt(line, problems, () -> ContractRules.reference(value.get("reference")));
        LocalDate start = date(line, "start_date", value.get("start_date"), true, problems);
        LocalDate renewal = date(line, "renewal_date", value.get("renewal_date"), true, problems);
        if (start != null && renewal != null) {
            attempt(line, problems, () -> {
                ContractRules.term(start, renewal);
                return null;
            });
        }
        Currency currency = attempt(line, problems, () -> ContractRules.currency(value.get("currency")));
        BigDecimal monthly = amount(line, value.get("monthly_value"), problems);
        BigDecimal checkedValue = monthly == null || currency == null ? null
                : attempt(line, problems, () -> ContractRules.monthlyValue(monthly, currency));
        ContractStatus status = status(line, value.getOrDefault("status", ""), problems);
        Churn churn = status == null || start == null ? null : churn(line, status, start, value, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Parsed(clientName,
                new NewTerm(line, client, reference, start, renewal, checkedValue, currency, status, churn));
    }

    private static ContractStatus status(int line, String text, List<ImportProblem> problems) {
        return switch (text.toUpperCase(Locale.ROOT).replace(' ', '_')) {
            // RENEWAL_DUE is derived from the renewal date: such a row is stored as
            // ACTIVE.
            case "", "ACTIVE", "RENEWAL_DUE" -> ContractStatus.ACTIVE;
            case "RENEWED" -> ContractStatus.RENEWED;
            case "CHURNED" -> ContractStatus.CHURNED;
            default -> {
                problems.add(new ImportProblem(line, "status",
                        "'%s' is not a status; use ACTIVE, RENEWED or CHURNED (empty means ACTIVE).".formatted(text)));
                yield null;
            }
        };
    }

    private static Churn churn(int line, ContractStatus status, LocalDate start, Map<String, String> value,
            List<ImportProblem> problems) {
        String dateText = value.getOrDefault("churn_date", "");
        String categoryText = value.getOrDefault("churn_category", "");
        String reason = value.getOrDefault("churn_reason", "");
        if (status != ContractStatus.CHURNED) {
            if (!(dateText + categoryText + reason).isEmpty()) {
                problems
                    .add(new ImportProblem(line, "status", "churn_date, churn_category and churn_reason are only for "
                            + "CHURNED rows; set status to CHURNED or leave them empty."));
            }
            return null;
        }
        LocalDate date = date(line, "churn_date", dateText, true, problems);
        var category = categoryText.isEmpty() ? null
                : attempt(line, problems, () -> ContractRules.category(categoryText));
        if (date == null || (category == null && !categoryText.isEmpty())) {
            return null;
        }
        String checked = attempt(line, problems,
                () -> ContractRules.churn(new ChurnDraft(date, category, reason), start));
        return checked == null ? null : new Churn(date, category, checked);
    }

    private static LocalDate date(int line, String column, String text, boolean required,
            List<ImportProblem> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(new ImportProblem(line, column, "Enter a date (YYYY-MM-DD)."));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, column,
                    "'%s' is not a date; use YYYY-MM-DD, e.g. 2026-03-01.".formatted(text)));
            return null;
        }
    }

    private static BigDecimal amount(int line, String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new ImportProblem(line, "monthly_value", "Enter the monthly value."));
            return null;
        }
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            problems.add(new ImportProblem(line, "monthly_value",
                    "'%s' is not a number; use digits and a decimal point, no thousands separators, e.g. 4200.50."
                        .formatted(text)));
            return null;
        }
        return new BigDecimal(text);
    }

    private static <T> T attempt(int line, List<ImportProblem> problems, Supplier<T> rule) {
        try {
            return rule.get();
        }
        catch (InvalidInputException e) {
            problems.add(new ImportProblem(line, COLUMN_OF_FIELD.getOrDefault(e.field(), e.field()), e.getMessage()));
            return null;
        }
    }

    private record Key(ClientId client, String reference, LocalDate start) {
    }

    private static void compareWithStoredAndEachOther(List<Parsed> parsed, List<ContractDetails> stored,
            List<ImportProblem> problems, List<ImportRow> rows, List<NewTerm> additions) {
        Map<Key, ContractDetails> storedByKey = new HashMap<>();
        stored.forEach(c -> storedByKey.put(new Key(c.client(), c.reference(), c.start()), c));
        Map<Key, Integer> seen = new HashMap<>();
        for (Parsed row : parsed) {
            NewTerm term = row.term();
            Key key = new Key(term.client(), term.reference(), term.start());
            Integer earlier = seen.putIfAbsent(key, term.line());
            if (earlier != null) {
                problems.add(new ImportProblem(term.line(), null,
                        "The same term (client, reference, start_date) is already on line %d.".formatted(earlier)));
                continue;
            }
            ContractDetails existing = storedByKey.get(key);
            if (existing != null) {
                List<String> differences = differences(term, existing);
                if (!differences.isEmpty()) {
                    problems.add(new ImportProblem(term.line(), null,
                            ("This term is already stored with a different %s; "
                                    + "change it in Plumbline or correct the row.")
                                .formatted(String.join(", ", differences))));
                    continue;
                }
            }
            else {
                additions.add(term);
            }
            rows.add(new ImportRow(term.line(), row.clientName(), term.reference(), term.start(), term.renewal(),
                    term.monthlyValue(), term.currency(), term.status(), term.churn(), existing != null));
        }
    }

    private static List<String> differences(NewTerm term, ContractDetails existing) {
        ContractStatus storedStatus = existing.status().open() ? ContractStatus.ACTIVE : existing.status();
        List<String> differences = new ArrayList<>();
        if (!term.renewal().equals(existing.renewal())) {
            differences.add("renewal_date (" + existing.renewal() + ")");
        }
        if (term.monthlyValue().compareTo(existing.monthlyValue()) != 0
                || !term.currency().equals(existing.currency())) {
            differences
                .add("monthly value (%s %s)".formatted(existing.monthlyValue().toPlainString(), existing.currency()));
        }
        if (term.status() != storedStatus || !Objects.equals(term.churn(), existing.churn())) {
            differences.add("status or churn (" + storedStatus + ")");
        }
        return differences;
    }

    /**
     * The terms of one contract (client and reference), stored and new, in start order:
     * each but the last must be RENEWED and end before the next starts; the last must not
     * be RENEWED. Problems are reported only where a new row is involved.
     */
    private static void checkChains(List<NewTerm> additions, List<ContractDetails> stored,
            List<ImportProblem> problems) {
        record Term(int line, LocalDate start, LocalDate renewal, ContractStatus status) {
            boolean isNew() {
                return line > 0;
            }
        }
        Map<List<Object>, List<Term>> chains = new HashMap<>();
        for (ContractDetails c : stored) {
            chains.computeIfAbsent(List.of(c.client(), c.reference()), k -> new ArrayList<>())
                .add(new Term(0, c.start(), c.renewal(), c.status().open() ? ContractStatus.ACTIVE : c.status()));
        }
        for (NewTerm t : additions) {
            chains.computeIfAbsent(List.of(t.client(), t.reference()), k -> new ArrayList<>())
                .add(new Term(t.line(), t.start(), t.renewal(), t.status()));
        }
        for (List<Term> chain : chains.values()) {
            if (chain.stream().noneMatch(Term::isNew)) {
                continue;
            }
            chain.sort(Comparator.comparing(Term::start));
            for (int i = 0; i + 1 < chain.size(); i++) {
                Term term = chain.get(i);
                Term next = chain.get(i + 1);
                if (term.status() != ContractStatus.RENEWED) {
                    problems.add(term.isNew()
                            ? new ImportProblem(term.line(), "status",
                                    "A later term of this contract starts %s%s; this one must be RENEWED.".formatted(
                                            next.start(), next.isNew() ? " (line %d)".formatted(next.line()) : ""))
                            : new ImportProblem(next.line(), "start_date",
                                    ("The stored term starting %s is %s, not renewed; "
                                            + "renew it in Plumbline instead of importing the next term.")
                                        .formatted(term.start(), term.status())));
                }
                else if (next.start().isBefore(term.renewal()) && (term.isNew() || next.isNew())) {
                    problems.add(new ImportProblem(next.isNew() ? next.line() : term.line(), "start_date",
                            "Terms of one contract cannot overlap: the term starting %s renews on %s, the next starts %s."
                                .formatted(term.start(), term.renewal(), next.start())));
                }
            }
            Term last = chain.getLast();
            if (last.isNew() && last.status() == ContractStatus.RENEWED) {
                problems.add(new ImportProblem(last.line(), "status",
                        "RENEWED, but no later term of this contract follows; add the next term or mark it ACTIVE."));
            }
        }
    }

}
