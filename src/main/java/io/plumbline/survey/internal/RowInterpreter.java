package io.plumbline.survey.internal;

import io.plumbline.shared.Secrets;
import io.plumbline.shared.csv.CsvLine;
import io.plumbline.survey.Audience;
import io.plumbline.survey.ColumnRole;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportOptions;
import io.plumbline.survey.ImportOptions.DateStyle;
import io.plumbline.survey.ImportOptions.DecimalMark;
import io.plumbline.survey.ImportPreview;
import io.plumbline.survey.LineError;
import io.plumbline.survey.NewResponse;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the data rows of a sheet into responses, or into errors that name the physical
 * line and the column.
 */
public final class RowInterpreter {

    private static final List<DateTimeFormatter> ISO_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final Map<DateStyle, List<DateTimeFormatter>> LOCAL_FORMATS = Map.of(DateStyle.ISO, ISO_FORMATS,
            DateStyle.DAY_FIRST,
            concat(ISO_FORMATS,
                    patterns("d.M.uuuu H:mm:ss", "d.M.uuuu H:mm", "d/M/uuuu H:mm:ss", "d/M/uuuu H:mm",
                            "d-M-uuuu H:mm:ss", "d-M-uuuu H:mm")),
            DateStyle.MONTH_FIRST, concat(ISO_FORMATS,
                    patterns("M/d/uuuu H:mm:ss", "M/d/uuuu H:mm", "M/d/uuuu h:mm:ss a", "M/d/uuuu h:mm a")));

    private static final Map<DateStyle, List<DateTimeFormatter>> DATE_FORMATS = Map.of(DateStyle.ISO,
            List.of(DateTimeFormatter.ISO_LOCAL_DATE), DateStyle.DAY_FIRST,
            concat(List.of(DateTimeFormatter.ISO_LOCAL_DATE), patterns("d.M.uuuu", "d/M/uuuu", "d-M-uuuu")),
            DateStyle.MONTH_FIRST, concat(List.of(DateTimeFormatter.ISO_LOCAL_DATE), patterns("M/d/uuuu")));

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(\\d{1,2})\\s*[-–—:=]\\s*\\D.*");

    private static final Map<String, Integer> NPS_LABELS = Map.of("not at all likely", 0, "extremely likely", 10);

    private static final Map<String, Integer> CSAT_LABELS = Map.ofEntries(Map.entry("very dissatisfied", 1),
            Map.entry("extremely dissatisfied", 1), Map.entry("dissatisfied", 2), Map.entry("somewhat dissatisfied", 2),
            Map.entry("neither satisfied nor dissatisfied", 3), Map.entry("neutral", 3), Map.entry("satisfied", 4),
            Map.entry("somewhat satisfied", 4), Map.entry("very satisfied", 5), Map.entry("extremely satisfied", 5));

    /**
     * Qualtrics' Status codes (numeric export) and their labels (choice-text export);
     * previews, tests and spam are not respondents' answers.
     */
    private static final Map<String, String> QUALTRICS_STATUS_CODES = Map.ofEntries(Map.entry("0", "IP Address"),
            Map.entry("1", "Survey Preview"), Map.entry("2", "Survey Test"), Map.entry("4", "Imported"),
            Map.entry("8", "Spam"), Map.entry("9", "Survey Preview Spam"), Map.entry("12", "Imported Spam"),
            Map.entry("16", "Offline"), Map.entry("17", "Offline Survey Preview"), Map.entry("32", "EX"),
            Map.entry("40", "EX Spam"), Map.entry("48", "EX Offline"));

    private static final Set<String> QUALTRICS_SKIPPED = Set.of("survey preview", "survey test", "spam",
            "survey preview spam", "imported spam", "offline survey preview", "ex spam");

    private static final Set<String> UNFINISHED = Set.of("false", "0");

    private static final Pattern TIME_ZONE = Pattern.compile("\"timeZone\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * What the rows are read against: the agency's clients and the choices of the
     * preview.
     */
    public record Context(AgencyId agency, ImportFormat format, Map<ColumnRole, String> mapping,
            Function<String, Optional<ClientId>> clientByValue, ClientId defaultClient, Audience defaultAudience,
            boolean hashRespondents, ImportOptions options) {

        public Context {
            options = options == null ? ImportOptions.DEFAULTS : options;
        }

    }

    /**
     * @param skipped rows left out on purpose, by reason
     * @param choiceLabels choice texts read as numbers, per role
     * @param firstRows how the first responses were read
     */
    public record Result(List<NewResponse> responses, int emptyRows, List<LineError> errors, Set<String> unknownClients,
            Map<String, Integer> skipped, Map<ColumnRole, Map<String, Integer>> choiceLabels,
            List<ImportPreview.ReadRow> firstRows) {
    }

    /** Rows shown in the preview as read. */
    public static final int FIRST_ROWS = 5;

    private final CsvSheet sheet;

    private final Context context;

    private final Map<ColumnRole, Integer> columns = new HashMap<>();

    private final ZoneId dateZone;

    private final List<LineError> errors = new ArrayList<>();

    private final Set<String> unknownClients = new LinkedHashSet<>();

    private final Map<String, Integer> skipped = new LinkedHashMap<>();

    private final Map<ColumnRole, Map<String, Integer>> choiceLabels = new EnumMap<>(ColumnRole.class);

    private final List<ImportPreview.ReadRow> firstRows = new ArrayList<>();

    /**
     * Qualtrics' Status and Finished, Typeform's Response Type and Stage Date; -1 if
     * absent.
     */
    private final int status;

    private final int finished;

    private final int responseType;

    private final int stageDate;

    public RowInterpreter(CsvSheet sheet, Context context) {
        this.sheet = sheet;
        this.context = context;
        context.mapping().forEach((role, header) -> {
            int column = sheet.column(header);
            if (column < 0) {
                errors.add(new LineError(0, header, "No column named '%s' in the file.".formatted(header)));
            }
            else {
                columns.put(role, column);
            }
        });
        this.dateZone = zoneOfDateColumn();
        boolean qualtrics = context.format() == ImportFormat.QUALTRICS;
        boolean typeform = context.format() == ImportFormat.TYPEFORM;
        this.status = qualtrics ? sheet.column("Status") : -1;
        this.finished = qualtrics ? sheet.column("Finished") : -1;
        this.responseType = typeform ? sheet.column("Response Type") : -1;
        this.stageDate = typeform ? sheet.column("Stage Date (UTC)") : -1;
        if (context.options().partialsByStageDate() && responseType >= 0 && stageDate < 0) {
            errors.add(new LineError(0, null,
                    "Partial responses are to be dated by their Stage Date, but the file has no 'Stage Date (UTC)'"
                            + " column."));
        }
    }

    public Result interpret() {
        if (context.format() != ImportFormat.GENERIC && !columns.containsKey(ColumnRole.RESPONSE_ID)) {
            errors.add(new LineError(0, null, "Choose the column that holds the response id."));
        }
        if (!columns.containsKey(ColumnRole.SUBMITTED_AT)) {
            errors.add(new LineError(0, null, "Choose the column that holds when the response was submitted."));
        }
        if (!columns.containsKey(ColumnRole.NPS) && !columns.containsKey(ColumnRole.CSAT)
                && !columns.containsKey(ColumnRole.COMMENT)) {
            errors.add(
                    new LineError(0, null, "Choose at least one column with an NPS score, a CSAT score or a comment."));
        }
        if (!columns.containsKey(ColumnRole.CLIENT) && context.defaultClient() == null) {
            errors.add(new LineError(0, null, "Choose the client column, or the one client all responses belong to."));
        }
        List<NewResponse> responses = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        int empty = 0;
        if (!errors.isEmpty()) {
            return result(responses, 0);
        }
        for (CsvLine row : sheet.rows()) {
            String skip = skipReason(row);
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
                continue;
            }
            boolean unfinished = finished >= 0 && !context.options().includeUnfinished()
                    && UNFINISHED.contains(row.cell(finished).toLowerCase(Locale.ROOT));
            if (unfinished && !answered(row)) {
                // As before: a row without any answer is an empty row, whatever its
                // status.
                empty++;
                continue;
            }
            if (unfinished) {
                skipped.merge("Unfinished Qualtrics responses (Finished = 0)", 1, Integer::sum);
                continue;
            }
            int before = errors.size();
            NewResponse response = read(row);
            if (errors.size() > before) {
                continue;
            }
            if (response.isEmpty()) {
                empty++;
                continue;
            }
            Integer first = firstLineOfId.putIfAbsent(response.externalId(), row.line());
            if (first != null) {
                errors.add(new LineError(row.line(), header(ColumnRole.RESPONSE_ID),
                        "Response id '%s' appears again (first on line %d).".formatted(response.externalId(), first)));
                continue;
            }
            responses.add(response);
            if (firstRows.size() < FIRST_ROWS) {
                firstRows.add(new ImportPreview.ReadRow(row.line(), cell(row, dateColumn(row)), response.submittedAt(),
                        cellOf(row, ColumnRole.NPS), response.nps(), cellOf(row, ColumnRole.CSAT), response.csat(),
                        response.comment()));
            }
        }
        return result(responses, empty);
    }

    private Result result(List<NewResponse> responses, int empty) {
        return new Result(responses, empty, List.copyOf(errors), unknownClients, skipped, choiceLabels, firstRows);
    }

    /**
     * Why a row is left out on purpose, or null: Qualtrics previews, tests and spam
     * (Status, as text or its numeric code) and Typeform partial responses unless they
     * are to be dated by their Stage Date.
     */
    private String skipReason(CsvLine row) {
        if (status >= 0) {
            String value = row.cell(status);
            String label = QUALTRICS_STATUS_CODES.getOrDefault(value, value);
            if (QUALTRICS_SKIPPED.contains(label.toLowerCase(Locale.ROOT))) {
                return "Qualtrics status " + label;
            }
        }
        if (responseType >= 0 && "partial".equalsIgnoreCase(row.cell(responseType))
                && !context.options().partialsByStageDate()) {
            return "Typeform partial responses";
        }
        return null;
    }

    private boolean answered(CsvLine row) {
        return !cellOf(row, ColumnRole.NPS).isEmpty() || !cellOf(row, ColumnRole.CSAT).isEmpty()
                || !cellOf(row, ColumnRole.COMMENT).isEmpty();
    }

    private String cellOf(CsvLine row, ColumnRole role) {
        return columns.containsKey(role) ? cell(row, role) : "";
    }

    /**
     * The date column of a row: a Typeform partial response is dated by its Stage Date.
     */
    private int dateColumn(CsvLine row) {
        if (responseType >= 0 && stageDate >= 0 && "partial".equalsIgnoreCase(row.cell(responseType))) {
            return stageDate;
        }
        return columns.get(ColumnRole.SUBMITTED_AT);
    }

    private static String cell(CsvLine row, int column) {
        return row.cell(column);
    }

    private NewResponse read(CsvLine row) {
        String id = columns.containsKey(ColumnRole.RESPONSE_ID) ? cell(row, ColumnRole.RESPONSE_ID)
                : Secrets.sha256(String.join("\u001f", row.cells()));
        if (id.isEmpty()) {
            error(row, ColumnRole.RESPONSE_ID, "The response id is empty.");
        }
        else if (id.length() > 200) {
            error(row, ColumnRole.RESPONSE_ID, "The response id is longer than 200 characters.");
        }
        Instant submitted = submittedAt(row);
        ClientId client = client(row);
        Audience audience = audience(row);
        Integer nps = score(row, ColumnRole.NPS, 0, 10);
        Integer csat = score(row, ColumnRole.CSAT, 1, 5);
        String comment = columns.containsKey(ColumnRole.COMMENT) ? cell(row, ColumnRole.COMMENT) : "";
        if (comment.length() > NewResponse.MAX_COMMENT) {
            error(row, ColumnRole.COMMENT,
                    "The comment is longer than %d characters.".formatted(NewResponse.MAX_COMMENT));
        }
        String respondent = columns.containsKey(ColumnRole.RESPONDENT) && context.hashRespondents()
                && !cell(row, ColumnRole.RESPONDENT).isEmpty()
                        ? Secrets.sha256(context.agency() + ":respondent:"
                                + cell(row, ColumnRole.RESPONDENT).toLowerCase(Locale.ROOT))
                        : null;
        return new NewResponse(context.format().source(), id, client, audience, submitted, nps, csat,
                comment.isEmpty() ? null : comment, respondent);
    }

    private Instant submittedAt(CsvLine row) {
        int column = dateColumn(row);
        String value = row.cell(column);
        if (value.isEmpty()) {
            errors.add(new LineError(sheet.line(row, column), sheet.headers().get(column), "The date is empty."));
            return null;
        }
        Optional<Instant> read = parseDate(value, context.options().dates());
        if (read.isPresent()) {
            return read.get();
        }
        String hint = Arrays.stream(DateStyle.values())
            .filter(style -> style != context.options().dates() && parseDate(value, style).isPresent())
            .findFirst()
            .map(style -> " With 'Dates' set to '%s' it can be read.".formatted(style.label()))
            .orElse("");
        errors.add(new LineError(sheet.line(row, column), sheet.headers().get(column),
                "'%s' is not a date in the chosen style (%s).%s".formatted(value, context.options().dates().label(),
                        hint)));
        return null;
    }

    /**
     * ISO dates always; local ones (without offset) in the chosen style, in the file's
     * zone.
     */
    private Optional<Instant> parseDate(String value, DateStyle style) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        }
        catch (DateTimeParseException notWithOffset) {
            // a local date and time, below
        }
        for (DateTimeFormatter format : LOCAL_FORMATS.get(style)) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(dateZone).toInstant());
            }
            catch (DateTimeParseException tryNext) {
                // the next pattern may fit
            }
        }
        for (DateTimeFormatter format : DATE_FORMATS.get(style)) {
            try {
                return Optional.of(LocalDate.parse(value, format).atStartOfDay(dateZone).toInstant());
            }
            catch (DateTimeParseException tryNext) {
                // the next pattern may fit
            }
        }
        return Optional.empty();
    }

    private ClientId client(CsvLine row) {
        String value = columns.containsKey(ColumnRole.CLIENT) ? cell(row, ColumnRole.CLIENT) : "";
        if (value.isEmpty()) {
            if (context.defaultClient() == null) {
                error(row, ColumnRole.CLIENT, "The client is empty; choose a client for rows without one.");
            }
            return context.defaultClient();
        }
        Optional<ClientId> client = context.clientByValue().apply(value);
        if (client.isEmpty()) {
            unknownClients.add(value);
            error(row, ColumnRole.CLIENT,
                    "'%s' is not a client of this agency; map it to a client above.".formatted(value));
        }
        return client.orElse(null);
    }

    private Audience audience(CsvLine row) {
        String value = columns.containsKey(ColumnRole.AUDIENCE) ? cell(row, ColumnRole.AUDIENCE) : "";
        if (value.isEmpty()) {
            return context.defaultAudience() == null ? Audience.CLIENT : context.defaultAudience();
        }
        return Audience.parse(value).orElseGet(() -> {
            error(row, ColumnRole.AUDIENCE, "'%s' is neither 'client' nor 'internal'.".formatted(value));
            return null;
        });
    }

    private Integer score(CsvLine row, ColumnRole role, int min, int max) {
        String value = columns.containsKey(role) ? cell(row, role) : "";
        if (value.isEmpty()) {
            return null;
        }
        String number = value;
        if (context.options().decimals() == DecimalMark.COMMA && DECIMAL_COMMA.matcher(value).matches()) {
            number = value.replace(',', '.');
        }
        else if (context.options().decimals() == DecimalMark.POINT && DECIMAL_COMMA.matcher(value).matches()) {
            error(row, role, "'%s' has a decimal comma; choose 'Decimal comma' under Numbers.".formatted(value));
            return null;
        }
        try {
            BigDecimal decimal = new BigDecimal(number);
            if (decimal.stripTrailingZeros().scale() > 0 || decimal.intValue() < min || decimal.intValue() > max) {
                error(row, role, "%s is not a whole number from %d to %d.".formatted(value, min, max));
                return null;
            }
            return decimal.intValue();
        }
        catch (NumberFormatException e) {
            Integer label = choiceLabel(value, role);
            if (label != null && label >= min && label <= max) {
                choiceLabels.computeIfAbsent(role, r -> new LinkedHashMap<>()).put(value, label);
                return label;
            }
            error(row, role, "'%s' is neither a number from %d to %d nor a choice text the import knows (e.g. %s)."
                .formatted(value, min, max, role == ColumnRole.CSAT ? "'Very satisfied'" : "'10 - Extremely likely'"));
            return null;
        }
    }

    /**
     * A choice-text answer as its number: "0 - Not at all likely" … "10 - Extremely
     * likely" by their leading number, the satisfaction scales "Very dissatisfied" …
     * "Very satisfied" and "Extremely dissatisfied" … "Extremely satisfied" as 1–5.
     */
    static Integer choiceLabel(String value, ColumnRole role) {
        Matcher leading = LEADING_NUMBER.matcher(value);
        if (leading.matches()) {
            return Integer.valueOf(leading.group(1));
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (role == ColumnRole.NPS) {
            return NPS_LABELS.get(text);
        }
        return role == ColumnRole.CSAT ? CSAT_LABELS.get(text) : null;
    }

    /**
     * Qualtrics states each date column's zone in its ImportId JSON; the other tools
     * export UTC.
     */
    private ZoneId zoneOfDateColumn() {
        Integer column = columns.get(ColumnRole.SUBMITTED_AT);
        if (context.format() == ImportFormat.QUALTRICS && column != null) {
            Matcher matcher = TIME_ZONE.matcher(sheet.extraHeader(1, column));
            if (matcher.find()) {
                try {
                    return ZoneId.of(matcher.group(1));
                }
                catch (DateTimeException e) {
                    errors.add(new LineError(3, header(ColumnRole.SUBMITTED_AT),
                            "Unknown time zone '%s'.".formatted(matcher.group(1))));
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private String cell(CsvLine row, ColumnRole role) {
        return row.cell(columns.get(role));
    }

    private static List<DateTimeFormatter> patterns(String... patterns) {
        return Arrays.stream(patterns)
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT))
            .toList();
    }

    private static List<DateTimeFormatter> concat(List<DateTimeFormatter> first, List<DateTimeFormatter> second) {
        List<DateTimeFormatter> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private String header(ColumnRole role) {
        Integer column = columns.get(role);
        return column == null ? null : sheet.headers().get(column);
    }

    private void error(CsvLine row, ColumnRole role, String message) {
        Integer column = columns.get(role);
        errors.add(new LineError(column == null ? row.line() : sheet.line(row, column), header(role), message));
    }

}
