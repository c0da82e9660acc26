package io.plumbline.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.BoundedUpload;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.Audience;
import io.plumbline.survey.ColumnRole;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportOptions;
import io.plumbline.survey.ImportOptions.DateStyle;
import io.plumbline.survey.ImportOptions.DecimalMark;
import io.plumbline.survey.ImportOutcome;
import io.plumbline.survey.ImportPreview;
import io.plumbline.survey.ImportRecord;
import io.plumbline.survey.ImportRejectedException;
import io.plumbline.survey.ImportRequest;
import io.plumbline.survey.LineError;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Upload → preview (mapping, line-numbered errors, new vs already present) → import.
 * Nothing is stored before the import button, and then the whole file or nothing. Reading
 * runs off the request thread with a progress bar; the page polls while it runs (the app
 * has no server push).
 */
@Route("satisfaction/import")
@PageTitle("Import survey responses · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.ANALYST_NAME })
public class SurveyImportView extends VerticalLayout {

    /** How {@link BoundedUpload} words the browser's refusal of a file over the limit. */
    private static final String BROWSER_REFUSAL = "The file is larger than the limit";

    private final SurveyImportService imports;

    private final List<ClientDetails> clients;

    private final Select<ImportFormat> format = new Select<>();

    private final ProgressBar progress = new ProgressBar();

    private final Div preview = new Div();

    private final Map<ColumnRole, ComboBox<String>> columns = new EnumMap<>(ColumnRole.class);

    private final Map<String, ComboBox<ClientDetails>> aliases = new HashMap<>();

    private final ComboBox<ClientDetails> defaultClient = new ComboBox<>("Client of rows without one");

    private final Select<Audience> defaultAudience = new Select<>();

    private final Checkbox hashRespondents = new Checkbox("Keep a hash of the respondent (omit to drop it)", true);

    private final Select<DateStyle> dates = new Select<>();

    private final Select<DecimalMark> decimals = new Select<>();

    private final Checkbox includeUnfinished = new Checkbox(
            "Qualtrics: also import unfinished responses (Finished = 0)");

    private final Checkbox partialsByStageDate = new Checkbox(
            "Typeform: import partial responses, dated by their Stage Date");

    private ImportRequest request;

    public SurveyImportView(SurveyImportService imports, ClientService clientService) {
        this.imports = imports;
        this.clients = clientService.list(true);
        addClassName("pl-page");
        format.setLabel("Exported from");
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(ImportFormat::label);
        format.setValue(ImportFormat.TYPEFORM);
        Upload upload = BoundedUpload.of("The file", SurveyImportService.MAX_BYTES,
                SurveyImportService.TOO_LARGE_ADVICE, (metadata, bytes) -> {
                    request = ImportRequest.of(metadata.fileName(), bytes, format.getValue());
                    startPreview(null);
                }, message -> {
                    // The browser's own refusal of a file over the limit is answered
                    // below, with
                    // the file's size; the server's refusal names the size already.
                    if (!message.startsWith(BROWSER_REFUSAL)) {
                        preview.removeAll();
                        Ui.error(message);
                    }
                });
        upload.getElement().addEventListener("file-reject", event -> {
            long size = event.getEventData().get("event.detail.file.size").asLong();
            if (size > SurveyImportService.MAX_BYTES) {
                preview.removeAll();
                Ui.error(SurveyImportService.tooLarge(size));
            }
        }).addEventData("event.detail.file.size");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        progress.setVisible(false);
        defaultClient.setItems(clients);
        defaultClient.setItemLabelGenerator(ClientDetails::name);
        defaultClient.setClearButtonVisible(true);
        defaultAudience.setLabel("Audience of rows without one");
        defaultAudience.setItems(Audience.values());
        defaultAudience.setItemLabelGenerator(Audience::label);
        defaultAudience.setValue(Audience.CLIENT);
        dates.setLabel("Dates");
        dates.setItems(DateStyle.values());
        dates.setItemLabelGenerator(DateStyle::label);
        dates.setValue(DateStyle.ISO);
        decimals.setLabel("Numbers");
        decimals.setItems(DecimalMark.values());
        decimals.setItemLabelGenerator(DecimalMark::label);
        decimals.setValue(DecimalMark.POINT);
        includeUnfinished.setTooltipText("By default only finished responses count; an unfinished one may stop "
                + "before the questions that matter.");
        FormLayout reading = new FormLayout(format, dates, decimals, includeUnfinished, partialsByStageDate);
        reading.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        reading.setColspan(includeUnfinished, 3);
        reading.setColspan(partialsByStageDate, 3);
        add(new H2("Import survey responses"), new Paragraph("CSV exports of Typeform, Qualtrics (with its question "
                + "and ImportId rows) and Zigpoll, or any CSV with your own column mapping. The preview shows every "
                + "error with its line in the file; nothing is stored until you import, and then the whole file or "
                + "nothing. Responses already imported are recognised by their response id; where the file's answers "
                + "differ, they are updated."), reading, upload, progress, preview);
        showHistory();
    }

    /**
     * Reads the file again with the choices of the preview (null: the recognised
     * columns).
     */
    void startPreview(Map<ColumnRole, String> mapping) {
        ImportRequest current = request.withMapping(mapping)
            .withDefaults(defaultClient.getValue() == null ? null : defaultClient.getValue().id(),
                    defaultAudience.getValue())
            .withAliases(chosenAliases())
            .withRespondentsHashed(hashRespondents.getValue())
            .withOptions(options());
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        ui.setPollInterval(300);
        int lines = (int) new String(current.content(), StandardCharsets.UTF_8).lines().count();
        Thread.ofVirtual().start(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportPreview result = imports.preview(current, rows -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(Math.min(1.0, rows / (double) Math.max(1, lines)));
                }));
                ui.access(() -> show(current, result));
            }
            catch (InvalidInputException e) {
                ui.access(() -> {
                    done(ui);
                    Ui.error(e.getMessage());
                });
            }
        }));
    }

    void show(ImportRequest current, ImportPreview result) {
        done(UI.getCurrent());
        request = current;
        preview.removeAll();
        FormLayout mapping = new FormLayout();
        columns.clear();
        for (ColumnRole role : ColumnRole.values()) {
            ComboBox<String> box = new ComboBox<>(role.label(), result.headers());
            box.setClearButtonVisible(true);
            box.setValue(result.mapping().get(role));
            columns.put(role, box);
            mapping.add(box);
        }
        mapping.add(defaultClient, defaultAudience, hashRespondents);
        aliases.keySet().retainAll(result.unknownClients());
        for (String unknown : result.unknownClients()) {
            ComboBox<ClientDetails> box = aliases.computeIfAbsent(unknown, u -> {
                ComboBox<ClientDetails> c = new ComboBox<>("'" + u + "' is");
                c.setItems(clients);
                c.setItemLabelGenerator(ClientDetails::name);
                return c;
            });
            mapping.add(box);
        }
        Button again = new Button("Check again", e -> startPreview(chosenMapping()));
        String summary = ("%d rows: %d new, %d to update, %d unchanged, %d without answers (skipped), %d skipped on "
                + "purpose, %d errors.")
            .formatted(result.rows(), result.newResponses(), result.updated(), result.alreadyPresent(),
                    result.emptyRows(), result.skippedTotal(), result.errors().size());
        Paragraph status = new Paragraph(summary);
        status.setId("import-summary");
        preview.add(new H3("Preview of " + current.fileName()), mapping, again, status);
        if (result.layout() != null) {
            preview.add(new Paragraph(result.layout()));
        }
        if (!result.skipped().isEmpty()) {
            Paragraph skipped = new Paragraph("Skipped: " + result.skipped()
                .entrySet()
                .stream()
                .map(e -> "%s: %d".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining("; ")) + ".");
            skipped.setId("import-skipped");
            preview.add(skipped);
        }
        result.choiceLabels().forEach((role, labels) -> {
            Paragraph read = new Paragraph("%s read from choice texts: %s.".formatted(role.label(),
                    labels.entrySet()
                        .stream()
                        .sorted(Map.Entry.comparingByValue())
                        .map(e -> "'%s' → %d".formatted(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "))));
            read.addClassName("import-choice-labels");
            preview.add(read);
        });
        if (!result.firstRows().isEmpty()) {
            Grid<ImportPreview.ReadRow> first = new Grid<>();
            first.addColumn(ImportPreview.ReadRow::line).setHeader("Line").setAutoWidth(true);
            first.addColumn(r -> r.submittedText() + " → " + Ui.format(r.submittedAt()))
                .setHeader("Date in the file → read as")
                .setAutoWidth(true);
            first.addColumn(r -> readAs(r.npsText(), r.nps())).setHeader("NPS").setAutoWidth(true);
            first.addColumn(r -> readAs(r.csatText(), r.csat())).setHeader("CSAT").setAutoWidth(true);
            first.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader("Comment").setFlexGrow(2);
            first.setItems(result.firstRows());
            first.setAllRowsVisible(true);
            first.setId("import-first-rows");
            preview.add(new H3("How the first rows were read"), first);
        }
        if (result.previousImport() != null) {
            preview.add(new Paragraph("This file was imported before, on %s by %s."
                .formatted(Ui.format(result.previousImport().at()), result.previousImport().by())));
        }
        if (!result.errors().isEmpty()) {
            Grid<LineError> errors = new Grid<>();
            errors.addColumn(e -> e.line() == 0 ? "file" : String.valueOf(e.line()))
                .setHeader("Line")
                .setAutoWidth(true);
            errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader("Column").setAutoWidth(true);
            errors.addColumn(LineError::message).setHeader("Problem").setFlexGrow(3);
            errors.setItems(result.errors());
            errors.setHeight("300px");
            preview.add(errors);
        }
        Button importButton = new Button(
                result.updated() == 0 ? "Import %d new responses".formatted(result.newResponses())
                        : "Import %d new, update %d".formatted(result.newResponses(), result.updated()),
                e -> commit());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(result.importable());
        preview.add(importButton);
    }

    void commit() {
        try {
            ImportOutcome outcome = imports.importFile(request.withMapping(chosenMapping()));
            Ui.success("%d new responses imported, %d updated, %d unchanged.".formatted(outcome.added(),
                    outcome.updated(), outcome.alreadyPresent()));
            preview.removeAll();
            showHistory();
        }
        catch (ImportRejectedException e) {
            Ui.error(e.getMessage());
        }
        catch (InvalidInputException e) {
            Ui.error(e.getMessage());
        }
    }

    private void showHistory() {
        Grid<ImportRecord> history = new Grid<>();
        history.addColumn(r -> Ui.format(r.importedAt())).setHeader("Imported").setAutoWidth(true);
        history.addColumn(ImportRecord::fileName).setHeader("File").setFlexGrow(2);
        history.addColumn(r -> r.source().label()).setHeader("Tool").setAutoWidth(true);
        history.addColumn(ImportRecord::added).setHeader("New").setAutoWidth(true);
        history.addColumn(ImportRecord::updated).setHeader("Updated").setAutoWidth(true);
        history.addColumn(ImportRecord::alreadyPresent).setHeader("Unchanged").setAutoWidth(true);
        history.addColumn(ImportRecord::importedBy).setHeader("By").setAutoWidth(true);
        history.setItems(imports.history());
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No imports yet.");
        preview.add(new H3("Earlier imports"), history);
    }

    private ImportOptions options() {
        return new ImportOptions(dates.getValue(), decimals.getValue(), includeUnfinished.getValue(),
                partialsByStageDate.getValue());
    }

    private static String readAs(String text, Integer value) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.equals(String.valueOf(value)) ? text : text + " → " + value;
    }

    private Map<ColumnRole, String> chosenMapping() {
        Map<ColumnRole, String> mapping = new EnumMap<>(ColumnRole.class);
        columns.forEach((role, box) -> {
            if (box.getValue() != null) {
                mapping.put(role, box.getValue());
            }
        });
        return mapping;
    }

    private Map<String, ClientId> chosenAliases() {
        Map<String, ClientId> chosen = new HashMap<>();
        aliases.forEach((value, box) -> {
            if (box.getValue() != null) {
                chosen.put(value, box.getValue().id());
            }
        });
        return chosen;
    }

    private void done(UI ui) {
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }

}
