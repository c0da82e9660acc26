package io.plumbline.consent.ui;

import io.plumbline.shared.ui.Ui;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentService;
import io.plumbline.consent.CoverageOf;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import io.plumbline.shared.ui.NarrowScreens;

/**
 * Transparency for the signed-in client: its own consent coverage, per integration and
 * field; nothing internal.
 */
@Route("portal/consent")
@PageTitle("Consent · Portal")
@Menu(title = "Consent", order = 8)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalConsentView extends VerticalLayout {

    public PortalConsentView(ConsentService consent, ClientService clients, Clock clock) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        LocalDate to = LocalDate.ofInstant(clock.instant(), client.timeZone());
        LocalDate from = to.minusDays(ConsentOverviewView.PERIOD_DAYS - 1);
        ClientCoverage coverage = consent.clientCoverage(client.id(), from, to);
        add(new H2("Consent coverage for " + client.displayName()),
                new Paragraph("How many of the records flowing through your integrations carried the consent "
                        + "metadata your policy requires, last %d days: %s.".formatted(ConsentOverviewView.PERIOD_DAYS,
                                Ui.figures().dates(from, to))),
                new CoverageSummary(coverage));
        Grid<CoverageOf<IntegrationDetails>> grid = new Grid<>();
        grid.addColumn(r -> r.subject().name()).setHeader("Integration").setKey("Integration").setFlexGrow(1);
        grid.addComponentColumn(r -> ConsentFormat.badge(r.counts(), coverage.policy().targetPercent()))
            .setHeader("Status")
            .setAutoWidth(true);
        grid.addColumn(r -> ConsentFormat.percent(r.counts().coverage()))
            .setHeader("Coverage")
            .setKey("Coverage")
            .setAutoWidth(true);
        var records = grid.addColumn(r -> String.format(Ui.figures().locale(), "%,d", r.counts().records()))
            .setHeader("Records")
            .setAutoWidth(true);
        var optIn = grid.addColumn(r -> ConsentFormat.percent(r.counts().optInRate()))
            .setHeader("Opt-in rate")
            .setAutoWidth(true);
        NarrowScreens.hideOnPhones(grid, records, optIn);
        grid.setItems(consent.integrationCoverage(client.id(), from, to));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H3("By integration"), grid);
    }

}
