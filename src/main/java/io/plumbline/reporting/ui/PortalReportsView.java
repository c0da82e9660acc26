package io.plumbline.reporting.ui;

import io.plumbline.shared.ui.Ui;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ReportVersions;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import io.plumbline.shared.ui.NarrowScreens;

/**
 * The signed-in client's report archive: their own finished reports, newest period first,
 * each period once (a regenerated report shows its newest version).
 */
@Route("portal/reports")
@PageTitle("Reports · Portal")
@Menu(title = "Reports", order = 10)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalReportsView extends VerticalLayout {

    public PortalReportsView(ReportService reports) {
        addClassName("pl-page");
        add(new H2("Reports"));
        List<ReportDetails> all = reports.list(Optional.empty());
        ReportVersions versions = ReportVersions.of(all);
        List<ReportDetails> list = ReportVersions.newestOnly(all);
        if (list.isEmpty()) {
            add(new Paragraph("No reports yet. Your agency's reports appear here as soon as they are ready."));
        }
        Grid<ReportDetails> archive = new Grid<>();
        // The period wraps (not auto width) so that period and download fit a phone side
        // by side.
        archive.addColumn(r -> Ui.figures().dates(r.period().start(), r.period().end().minusDays(1)))
            .setHeader("Period")
            .setFlexGrow(1);
        var generated = archive
            .addColumn(r -> Ui.figures().dateTime(r.finishedAt(), r.period().zone())
                    + (versions.label(r).isEmpty() ? "" : " · " + versions.label(r)))
            .setHeader("Generated")
            .setAutoWidth(true);
        var document = archive.addColumn(r -> r.pages() + " pages · " + ReportDownload.size(r.sizeBytes()))
            .setHeader("Document")
            .setAutoWidth(true);
        NarrowScreens.hideOnPhones(archive, generated, document);
        archive.addComponentColumn(r -> ReportDownload.link(reports, r.id(), "Download PDF"))
            .setHeader("")
            .setAutoWidth(true);
        archive.setItems(list);
        archive.setAllRowsVisible(true);
        archive.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        archive.setVisible(!list.isEmpty());
        add(archive);
    }

}
