package io.plumbline.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.retention.ContractImportException;
import io.plumbline.retention.ContractImportPreview;
import io.plumbline.retention.ImportProblem;
import io.plumbline.retention.ImportRow;
import io.plumbline.retention.RetentionService;
import io.plumbline.retention.internal.ContractImportCheck;
import io.plumbline.shared.ui.BoundedUpload;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Contract CSV: upload, a preview with every problem by line, then import all rows or
 * none.
 */
@Route("retention/import")
@PageTitle("Import contracts · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class ContractImportView extends VerticalLayout {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String SAMPLE = """
            client,reference,start_date,renewal_date,monthly_value,currency,status,churn_date,churn_category,churn_reason
            Acme Retail,ACME-RETAINER,2025-01-01,2026-01-01,4200.00,EUR,RENEWED,,,
            Acme Retail,ACME-RETAINER,2026-01-01,2027-01-01,4800.00,EUR,ACTIVE,,,
            Umbrella Finance,UMB-OPS,2025-06-01,2026-06-01,3100.00,GBP,CHURNED,2026-03-01,reliability,"Outages in Q4"
            """;

    private final RetentionService retention;

    private final Div result = new Div();

    private final Span fileError = new Span();

    private String fileName;

    private String text;

    public ContractImportView(RetentionService retention) {
        this.retention = retention;
        addClassName("pl-page");
        Upload upload = BoundedUpload.of("The file", MAX_BYTES, "Split it into smaller files.",
                (metadata, bytes) -> accept(metadata.fileName(), bytes), message -> {
                    result.removeAll();
                    fileError.setText(message);
                });
        upload.setAcceptedFileExtensions(".csv", ".txt");
        upload.setDropLabel(new Span(String.format(Ui.figures().locale(), "CSV in UTF-8, at most 2 MB and %,d rows",
                ContractImportCheck.MAX_ROWS)));
        fileError.getStyle().setColor("var(--lumo-error-text-color)");
        Paragraph columns = new Paragraph("Columns (header on line 1, any order; status and churn_* optional): "
                + String.join(", ", ContractImportCheck.COLUMNS)
                + ". Dates YYYY-MM-DD; monthly_value with a decimal point "
                + "and no thousands separators; currency an ISO 4217 code; status ACTIVE, RENEWED or CHURNED. One row is one "
                + "term; client + reference + start_date identify it, so importing the same rows again adds nothing.");
        columns.addClassName("pl-muted");
        add(new HorizontalLayout(new RouterLink("Retention", RetentionView.class), new H2("Import contracts")), columns,
                new Pre(SAMPLE), upload, fileError, result);
    }

    void accept(String name, byte[] bytes) {
        result.removeAll();
        fileError.setText("");
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException e) {
            fileError.setText("%s is not UTF-8 text; save the CSV as UTF-8 and upload it again.".formatted(name));
            return;
        }
        fileName = name;
        show(retention.previewImport(text));
    }

    private void show(ContractImportPreview preview) {
        result.removeAll();
        result.setWidthFull();
        result.add(new H3("Preview of " + fileName),
                new Paragraph("%d new term(s), %d already stored (skipped), %d problem(s).%s".formatted(
                        preview.newRows(), preview.alreadyStored(), preview.problems().size(),
                        preview.ignoredColumns().isEmpty() ? ""
                                : " Ignored columns: " + String.join(", ", preview.ignoredColumns()) + ".")));
        if (!preview.problems().isEmpty()) {
            Grid<ImportProblem> problems = new Grid<>();
            problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader("Column").setAutoWidth(true);
            problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
            problems.setItems(preview.problems());
            problems.setAllRowsVisible(true);
            problems.addThemeVariants(GridVariant.LUMO_COMPACT);
            result.add(
                    new Paragraph(
                            "Nothing is stored until every problem is fixed: correct the file and upload it again."),
                    problems);
        }
        Grid<ImportRow> rows = new Grid<>();
        rows.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::client).setHeader("Client").setAutoWidth(true);
        rows.addColumn(ImportRow::reference).setHeader("Reference").setAutoWidth(true);
        rows.addColumn(r -> r.start() + " – " + r.renewal()).setHeader("Term").setAutoWidth(true);
        rows.addColumn(r -> RetentionFormat.money(r.monthlyValue(), r.currency()))
            .setHeader("Monthly value")
            .setAutoWidth(true);
        rows.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        rows.addColumn(r -> r.alreadyStored() ? "already stored" : "new").setHeader("Import").setAutoWidth(true);
        rows.setItems(preview.rows());
        rows.setAllRowsVisible(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Button confirm = new Button("Import %d term(s)".formatted(preview.newRows()), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(preview.importable());
        result.add(rows, confirm);
    }

    private void confirm() {
        try {
            ContractImportPreview imported = retention.importContracts(fileName, text);
            Ui.success("Imported %d term(s) from %s".formatted(imported.newRows(), fileName));
            getUI().ifPresent(ui -> ui.navigate(RetentionView.class));
        }
        catch (ContractImportException e) {
            // The data changed since the preview (another import, an edit): show the new
            // check.
            show(e.preview());
        }
    }

}
