package io.plumbline.consent.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentService;
import io.plumbline.consent.CoverageOf;
import io.plumbline.consent.charts.ConsentCharts;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent coverage across the agency's clients over the last 30 days, furthest below
 * target first.
 */
@Route("consent")
@PageTitle("Consent · Plumbline")
@Menu(title = "Consent", order = 19, icon = "vaadin:check-square-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ConsentOverviewView extends VerticalLayout {

    static final int PERIOD_DAYS = 30;

    public ConsentOverviewView(ConsentService consent) {
        addClassName("pl-page");
        List<ClientCoverage> clients = consent.overviewOfLastDays(PERIOD_DAYS);
        ConsentCounts all = clients.stream()
            .map(ClientCoverage::counts)
            .reduce(ConsentCounts.NONE, ConsentCounts::plus);
        long below = clients.stream().filter(ClientCoverage::belowTarget).count();
        add(new H2("Consent coverage"),
                new Paragraph("Share of records carrying every consent field the client's policy "
                        + "requires, over the last %d days up to today in each client's time zone. Clients furthest below their "
                        + "target first.".formatted(PERIOD_DAYS)));
        Div kpis = new Div(Ui.kpi("Clients below target", String.valueOf(below), "of " + clients.size()),
                Ui.kpi("Coverage, all clients", ConsentFormat.percent(all.coverage()),
                        String.format(Ui.figures().locale(), "%,d records", all.records())),
                Ui.kpi("Opt-in rate", ConsentFormat.percent(all.optInRate()), "of records with an opt-in value"),
                Ui.kpi("Stale consents", String.format(Ui.figures().locale(), "%,d", all.stale()),
                        "older than each client's maximum age"));
        kpis.addClassName("pl-kpis");
        kpis.setWidthFull();
        add(kpis);
        Map<String, List<CoverageOf<LocalDate>>> worst = new LinkedHashMap<>();
        clients.stream()
            .filter(c -> c.counts().records() > 0)
            .limit(3)
            .forEach(c -> worst.put(c.client().name(), c.trend()));
        if (!worst.isEmpty()) {
            double target = clients.getFirst().policy().targetPercent();
            add(fullWidth(new SvgChart(
                    "Daily coverage of the %d clients furthest below target (red: %.1f %% target of %s)"
                        .formatted(worst.size(), target, clients.getFirst().client().name()),
                    ConsentCharts.lines(worst, target))));
        }
        add(grid(clients));
    }

    private static com.vaadin.flow.component.Component fullWidth(Div content) {
        content.setWidthFull();
        return content;
    }

    private static Grid<ClientCoverage> grid(List<ClientCoverage> clients) {
        Grid<ClientCoverage> grid = new Grid<>();
        grid.addComponentColumn(c -> new RouterLink(c.client().name(), ConsentClientView.class,
                new RouteParameters("clientId", c.client().id().toString())))
            .setHeader("Client")
            .setKey("Client")
            .setFlexGrow(1);
        grid.addComponentColumn(c -> ConsentFormat.badge(c.counts(), c.policy().targetPercent()))
            .setHeader("Status")
            .setKey("Status")
            .setAutoWidth(true);
        grid.addColumn(c -> ConsentFormat.percent(c.counts().coverage()))
            .setHeader("Coverage")
            .setKey("Coverage")
            .setAutoWidth(true);
        grid.addColumn(c -> String.format(Ui.figures().locale(), "%.1f %%", c.policy().targetPercent()))
            .setHeader("Target")
            .setAutoWidth(true);
        grid.addComponentColumn(c -> new Svg(ConsentCharts.sparkline(c.trend(), c.policy().targetPercent())))
            .setHeader("30 days")
            .setKey("Trend")
            .setAutoWidth(true);
        grid.addColumn(c -> String.format(Ui.figures().locale(), "%,d", c.counts().records()))
            .setHeader("Records")
            .setAutoWidth(true);
        grid.addColumn(c -> ConsentFormat.percent(c.counts().optInRate())).setHeader("Opt-in rate").setAutoWidth(true);
        grid.addColumn(c -> String.format(Ui.figures().locale(), "%,d", c.counts().stale()))
            .setHeader("Stale")
            .setAutoWidth(true);
        grid.setItems(clients);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No clients yet.");
        return grid;
    }

}
