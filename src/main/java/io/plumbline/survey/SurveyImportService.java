package io.plumbline.survey;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.Secrets;
import io.plumbline.survey.SurveyEvent.ResponsesImported;
import io.plumbline.survey.internal.ColumnGuesser;
import io.plumbline.survey.internal.CsvSheet;
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
import java.util.EnumMap;
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
 * and response id) are counted, not added again. Owners, admins and analysts import.
 */
@Service
public class SurveyImportService {

    /**
     * Larger exports are split: 20 MB is far beyond a year of any agency's survey
     * responses.
     */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

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
        if (preview.newResponses() == 0) {
            return new ImportOutcome(0, preview.alreadyPresent(), preview.emptyRows());
        }
        String by = CurrentTenant.member().map(TenantMember::email).orElse("system");
        SurveyImportRow row = imports
            .save(new SurveyImportRow(scope.agency().value(), preview, request.fileName(), by, clock.instant()));
        ResponseStore.Stored stored = store.store(scope.agency(), preview.responses(), row.id());
        events.publishEvent(new ResponsesImported(scope.agency(), request.format().source(), request.fileName(),
                stored.added(), stored.alreadyPresent()));
        return new ImportOutcome(stored.added(), stored.alreadyPresent(), preview.emptyRows());
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
            throw new InvalidInputException("file", "The file is larger than 20 MB; split it and import the parts.");
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
        Map<ColumnRole, String> mapping = request.mapping() == null ? ColumnGuesser.guess(sheet, request.format())
                : new EnumMap<>(request.mapping());
        Map<String, ClientId> known = knownClients(request.clientAliases());
        RowInterpreter.Result result = new RowInterpreter(sheet,
                new RowInterpreter.Context(scope.agency(), request.format(), mapping,
                        value -> Optional.ofNullable(known.get(normalise(value))),
                        request.defaultClient() == null ? null : requireClient(request.defaultClient()),
                        request.defaultAudience(), request.hashRespondents()))
            .interpret();
        String sha = Secrets.sha256(request.content());
        int present = result.errors().isEmpty() ? store.present(scope.agency(), result.responses()).size() : 0;
        ImportPreview.PreviousImport previous = imports
            .findFirstByAgencyIdAndFileSha256OrderByImportedAtAsc(scope.agency().value(), sha)
            .map(SurveyImportRow::previous)
            .orElse(null);
        return new ImportPreview(request.format(), sha, sheet.headers(), mapping, result.responses(),
                sheet.rows().size(), result.emptyRows(), present, result.errors(), Set.copyOf(result.unknownClients()),
                previous);
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
