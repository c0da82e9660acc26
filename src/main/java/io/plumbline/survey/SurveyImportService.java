package io.plumbline.survey;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.Secrets;
import io.plumbline.survey.SurveyEvent.ResponsesImported;
import io.plumbline.survey.internal.ColumnGuesser;
import io.plumbline.survey.internal.CsvSheet;
import io.plumbline.survey.internal.LongLayout;
import io.plumbline.survey.internal.ResponseStore;
import io.plumbline.survey.internal.RowInterpreter;
import io.plumbline.survey.internal.SurveyImportRepository;
import io.plumbline.survey.internal.SurveyImportRow;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports of survey tools' exports: a preview that stores nothing and names every bad
 * line, then an import of the whole file or nothing. Responses already stored (same tool
 * and response id) are not added again: their mapped answers are updated where the file
 * differs, and counted as unchanged otherwise. Owners, admins and analysts import.
 */
@Service
public class SurveyImportService {

    /**
     * Larger exports are split: 20 MB is far beyond a year of any agency's survey
     * responses.
     */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** What to do with a file over {@link #MAX_BYTES}, in the upload's messages. */
    public static final String TOO_LARGE_ADVICE = "Split the export by date range (Typeform, Qualtrics and Zigpoll "
            + "export a chosen period) and import the parts one after another; responses imported before are "
            + "recognised, not doubled.";

    private final SurveyImportRepository imports;

    private final ResponseStore store;

    private final ClientService clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SurveyImportService(SurveyImportRepository imports, ResponseStore store, ClientService clients,
            ApplicationEventPublisher events, Clock clock) {
        this.imports = imports;
        this.store = store;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /** Reads the file and says what an import would do; stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportRequest request, IntConsumer rowsRead) {
        return analyse(requireImporter(), request, rowsRead);
    }

    /** Stores every response of the file, or nothing if any line has an error. */
    @Transactional
    public ImportOutcome importFile(ImportRequest request) {
        TenantScope scope = requireImporter();
        ImportPreview preview = analyse(scope, request, rows -> {
        });
        if (!preview.importable()) {
            throw new ImportRejectedException(preview.errors());
        }
        if (preview.newResponses() == 0 && preview.updated() == 0) {
            return new ImportOutcome(0, preview.alreadyPresent(), preview.emptyRows());
        }
        String by = CurrentTenant.member().map(TenantMember::email).orElse("system");
        SurveyImportRow row = imports
            .save(new SurveyImportRow(scope.agency().value(), preview, request.fileName(), by, clock.instant()));
        ResponseStore.Stored stored = store.store(scope.agency(), preview.responses(), row.id(),
                fields(preview.mapping()));
        events.publishEvent(new ResponsesImported(scope.agency(), request.format().source(), request.fileName(),
                stored.added(), stored.alreadyPresent()));
        return new ImportOutcome(stored.added(), stored.alreadyPresent(), preview.emptyRows(), stored.updated());
    }

    /** "The file is 24.3 MB; the limit is 20.0 MB. Split the export…" */
    public static String tooLarge(long bytes) {
        return "The file is %s; the limit is %s. %s".formatted(megabytes(bytes), megabytes(MAX_BYTES),
                TOO_LARGE_ADVICE);
    }

    /** Rounded up to a tenth: a file over the limit never reads as the limit. */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10);
    }

    @Transactional(readOnly = true)
    public List<ImportRecord> history() {
        TenantScope scope = requireImporter();
        return imports.findTop20ByAgencyIdOrderByImportedAtDesc(scope.agency().value())
            .stream()
            .map(SurveyImportRow::details)
            .toList();
    }

    private ImportPreview analyse(TenantScope scope, ImportRequest request, IntConsumer rowsRead) {
        if (request.content() == null || request.content().length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (request.content().length > MAX_BYTES) {
            throw new InvalidInputException("file", tooLarge(request.content().length));
        }
        if (request.format() == null) {
            throw new InvalidInputException("format", "Choose the tool the file was exported from.");
        }
        CsvSheet sheet;
        try {
            sheet = CsvSheet.read(request.content(), request.format().extraHeaderRows(), rowsRead);
        }
        catch (CsvSheet.UnreadableFile e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        String layout = null;
        List<LineError> groupingErrors = List.of();
        if (request.format() == ImportFormat.ZIGPOLL) {
            Optional<LongLayout.Grouped> grouped = LongLayout.group(sheet);
            if (grouped.isPresent()) {
                sheet = grouped.get().sheet();
                layout = grouped.get().description();
                groupingErrors = grouped.get().errors();
            }
        }
        Map<ColumnRole, String> mapping = request.mapping() == null ? ColumnGuesser.guess(sheet, request.format())
                : new EnumMap<>(request.mapping());
        Map<String, ClientId> known = knownClients(request.clientAliases());
        RowInterpreter.Result result = new RowInterpreter(sheet,
                new RowInterpreter.Context(scope.agency(), request.format(), mapping,
                        value -> Optional.ofNullable(known.get(normalise(value))),
                        request.defaultClient() == null ? null : requireClient(request.defaultClient()),
                        request.defaultAudience(), request.hashRespondents(), request.options()))
            .interpret();
        List<LineError> errors = new ArrayList<>(groupingErrors);
        errors.addAll(result.errors());
        errors.sort(Comparator.comparingInt(LineError::line));
        String sha = Secrets.sha256(request.content());
        Map<NewResponse, ResponseStore.Status> statuses = errors.isEmpty()
                ? store.compare(scope.agency(), result.responses(), fields(mapping)) : Map.of();
        int unchanged = (int) statuses.values().stream().filter(s -> s == ResponseStore.Status.UNCHANGED).count();
        int updated = (int) statuses.values().stream().filter(s -> s == ResponseStore.Status.UPDATED).count();
        ImportPreview.PreviousImport previous = imports
            .findFirstByAgencyIdAndFileSha256OrderByImportedAtAsc(scope.agency().value(), sha)
            .map(SurveyImportRow::previous)
            .orElse(null);
        return new ImportPreview(request.format(), sha, sheet.headers(), mapping, result.responses(),
                sheet.rows().size(), result.emptyRows(), unchanged, List.copyOf(errors),
                Set.copyOf(result.unknownClients()), previous, updated, result.skipped(), result.choiceLabels(),
                result.firstRows(), layout);
    }

    /**
     * The answers a file carries, and may therefore update in responses stored before:
     * its mapped score and comment columns, and the date.
     */
    private static Set<ResponseStore.Field> fields(Map<ColumnRole, String> mapping) {
        Set<ResponseStore.Field> fields = EnumSet.of(ResponseStore.Field.SUBMITTED_AT);
        if (mapping.containsKey(ColumnRole.NPS)) {
            fields.add(ResponseStore.Field.NPS);
        }
        if (mapping.containsKey(ColumnRole.CSAT)) {
            fields.add(ResponseStore.Field.CSAT);
        }
        if (mapping.containsKey(ColumnRole.COMMENT)) {
            fields.add(ResponseStore.Field.COMMENT);
        }
        return fields;
    }

    /**
     * Client names and display names of the agency (archived ones too: old responses of a
     * former client).
     */
    private Map<String, ClientId> knownClients(Map<String, ClientId> aliases) {
        Map<String, ClientId> known = new HashMap<>();
        for (ClientDetails client : clients.list(true)) {
            known.put(normalise(client.name()), client.id());
            known.put(normalise(client.displayName()), client.id());
        }
        if (aliases != null) {
            aliases.forEach((value, client) -> known.put(normalise(value), requireClient(client)));
        }
        return known;
    }

    private ClientId requireClient(ClientId client) {
        return clients.find(client)
            .map(ClientDetails::id)
            .orElseThrow(() -> new InvalidInputException("client", "No such client."));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static TenantScope requireImporter() {
        return Access.requireAgencyWorkEditor("survey responses");
    }

}
