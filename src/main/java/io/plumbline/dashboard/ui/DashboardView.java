package io.plumbline.dashboard.ui;

import io.plumbline.retention.RevenueAtRisk;
import io.plumbline.shared.format.Format;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardCsv;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.DashboardPeriod;
import io.plumbline.dashboard.DashboardService;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.dashboard.PortfolioKpis;
import io.plumbline.dashboard.charts.DashboardCharts;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.format.InsightFormat;
import io.plumbline.retention.Amounts;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.ui.NarrowScreens;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The agency app's home for owners, admins, executives and analysts: the portfolio in one
 * screen — KPIs beside the previous period, the at-risk clients, charts, then every
 * client's figures. The period travels in the URL ({@code ?period=LAST_MONTH}) so
 * drill-down links and reloads keep it.
 */
@Route("dashboard")
@PageTitle("Dashboard · Plumbline")
@Menu(title = "Dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final DashboardService dashboard;

    public DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("pl-page", "pl-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardPeriod period = periodOf(event.getLocation().getQueryParameters());
        removeAll();
        render(period, dashboard.portfolio(period));
    }

    /** The period named in the query, this month when absent or unknown. */
    static DashboardPeriod periodOf(QueryParameters query) {
        return query.getSingleParameter("period")
            .flatMap(name -> Arrays.stream(DashboardPeriod.values()).filter(p -> p.name().equals(name)).findFirst())
            .orElse(DashboardPeriod.THIS_MONTH);
    }

    private void render(DashboardPeriod period, Portfolio portfolio) {
        Div head = new Div();
        head.addClassName("pl-dash-head");
        H2 title = new H2("Portfolio");
        Span range = new Span(DashboardFormat.interval(Ui.figures(), portfolio.current()) + " · compared with "
                + DashboardFormat.interval(Ui.figures(), portfolio.previous()) + " (UTC)");
        range.addClassName("pl-muted");
        // By path, not by view class: the reports page belongs to the reporting module,
        // which depends on this one.
        Anchor report = new Anchor("reports?kind=EXECUTIVE", "Executive report (PDF) →");
        report.setId("executive-report");
        head.add(title, PeriodTabs.of(period, label -> new RouterLink(label, DashboardView.class)), range, report);

        Div middle = new Div(atRiskCard(period, portfolio),
                new SvgChart("Availability against objective · lowest " + DashboardCharts.CLIENTS_SHOWN + " clients",
                        ChartStyle.svg(DashboardCharts.availabilityAgainstObjectives(portfolio.clients()))));
        middle.addClassName("pl-dash-row");
        Div charts = new Div(
                new SvgChart("Incidents per week by root cause",
                        ChartStyle.svg(DashboardCharts.incidentsPerWeek(portfolio.incidentsPerWeek()))),
                new SvgChart("Consent coverage, portfolio, per day",
                        ChartStyle.svg(DashboardCharts.consentTrend(portfolio.consentTrend()))));
        charts.addClassName("pl-dash-row");
        add(head, kpis(portfolio.kpis(), portfolio.atRisk()), middle, charts, clientsCard(period, portfolio));
    }

    private static Div kpis(PortfolioKpis k, List<ClientRow> atRisk) {
        Div row = new Div(
                KpiTile.of(k.slasMet(),
                        "SLAs whose objectives held over the selected period, among the SLAs with data (a figure "
                                + "for the period; each SLA's verdict over its own window is on its page)"),
                KpiTile.of(k.meanAvailability(),
                        "Mean of the SLAs' availability (good / eligible events) over the period"),
                KpiTile.of(k.errorBudgetBurn(),
                        "Failed events / Σ (1 − SLO) × eligible events: 1× spends the whole budget"),
                KpiTile.of(k.consentCoverage(), "Records carrying every required consent field / all records"),
                KpiTile.of(k.nps(), "% promoters − % detractors of all client answers in the period"),
                KpiTile.of(k.csat(), "Share of 4–5 answers among all client CSAT answers"),
                KpiTile.of(k.medianTimeToResolveHours(),
                        "Median of fault start → resolution, incidents detected in the period and resolved"),
                KpiTile.of(k.openIncidents(), "Incidents not resolved at the end of the period"),
                revenueAtRisk(k, atRisk));
        row.addClassNames("pl-kpis", "pl-dash-kpis");
        return row;
    }

    /**
     * Due renewals of at-risk clients, and what those clients are worth in all (no
     * previous: contracts have no history).
     */
    private static KpiTile revenueAtRisk(PortfolioKpis k, List<ClientRow> atRisk) {
        Amounts due = k.revenueAtRisk().monthlyValue();
        Amounts all = atRisk.stream().map(ClientRow::monthlyValue).reduce(Amounts.NONE, Amounts::plus);
        String detail = atRisk.size() + " at-risk client" + (atRisk.size() == 1 ? "" : "s")
                + (all.isEmpty() ? "" : " · " + DashboardFormat.money(all) + " / mo in all");
        KpiTile tile = new KpiTile(RevenueAtRisk.LABEL, k.revenueAtRisk().amount(), detail, "none",
                RevenueAtRisk.DEFINITION);
        tile.addClassName("pl-dash-kpi-wide");
        return tile;
    }

    private static Component atRiskCard(DashboardPeriod period, Portfolio portfolio) {
        Grid<ClientRow> grid = new Grid<>();
        // Room for a client's longest word ("Brightpath"), its full name on hover and
        // focus.
        grid.addComponentColumn(r -> clientLink(r, period))
            .setHeader("Client")
            .setWidth("140px")
            .setFlexGrow(3)
            .setTooltipGenerator(ClientRow::name);
        grid.addComponentColumn(DashboardView::scoreBadge).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> InsightFormat.why(r.risk()))
            .setHeader("Main reason")
            .setFlexGrow(2)
            .setTooltipGenerator(r -> reason(r.risk()));
        var renewal = grid.addColumn(r -> r.nextRenewal().map(DashboardFormat::day).orElse(DashboardFormat.NONE))
            .setHeader("Renewal")
            .setAutoWidth(true);
        var value = grid.addColumn(r -> DashboardFormat.money(r.monthlyValue()))
            .setHeader("Monthly value")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        NarrowScreens.hideOnPhones(grid, renewal, value);
        grid.setItems(portfolio.atRisk());
        grid.setEmptyStateText("No client is at risk in this period.");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("at-risk");
        grid.setHeight("236px");
        return card("At-risk clients (" + portfolio.atRisk().size() + ")", grid,
                csv("at-risk-clients.csv", portfolio, DashboardCsv::atRisk),
                "Score 0–100 from reliability, satisfaction, incidents and consent; at risk from %.0f. Hover for the formula."
                    .formatted(AtRiskScore.AT_RISK_FROM));
    }

    /** "Reliability adds 35 of its 35 points". */
    private static String reason(AtRiskScore risk) {
        AtRiskScore.Factor main = risk.mainFactor();
        return String.format(Ui.figures().locale(), "%s adds %.0f of its %.0f points", main.name(),
                main.value() * main.weight(), main.weight());
    }

    private static Component clientsCard(DashboardPeriod period, Portfolio portfolio) {
        Grid<ClientRow> grid = new Grid<>();
        grid.addComponentColumn(r -> clientLink(r, period))
            .setHeader("Client")
            .setWidth("140px")
            .setFlexGrow(3)
            .setTooltipGenerator(ClientRow::name)
            .setSortable(true)
            .setComparator(ClientRow::name);
        var slasMet = grid
            .addColumn(r -> r.slasWithData() == 0 ? DashboardFormat.NONE : r.slasMet() + " / " + r.slasWithData())
            .setHeader("SLAs met")
            .setAutoWidth(true);
        grid.addColumn(r -> DashboardFormat.percent(Ui.figures(), r.availability(), Format.Precision.AVAILABILITY))
            .setHeader("Availability")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var objective = grid.addColumn(r -> DashboardFormat.number(Ui.figures(), r.objectivePercent(), "%.2f %%"))
            .setHeader("Objective")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var burn = grid.addColumn(r -> DashboardFormat.number(Ui.figures(), r.burnRate(), "%.2f×"))
            .setHeader("Burn")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var incidents = grid
            .addColumn(r -> r.incidents() + (r.openIncidents() > 0 ? " (" + r.openIncidents() + " open)" : ""))
            .setHeader("Incidents")
            .setAutoWidth(true);
        var consent = grid
            .addColumn(r -> DashboardFormat.percent(Ui.figures(), r.consentCoverage(), Format.Precision.COVERAGE))
            .setHeader("Consent")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var nps = grid.addColumn(r -> DashboardFormat.nps(r.nps()))
            .setHeader("NPS")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var csat = grid.addColumn(r -> DashboardFormat.number(Ui.figures(), r.csat(), "%.0f %%"))
            .setHeader("CSAT")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        var renewal = grid.addColumn(r -> r.nextRenewal().map(DashboardFormat::day).orElse(DashboardFormat.NONE))
            .setHeader("Renewal")
            .setAutoWidth(true);
        var value = grid.addColumn(r -> DashboardFormat.money(r.monthlyValue()))
            .setHeader("Monthly value")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(DashboardView::scoreBadge)
            .setHeader("At-risk score")
            .setAutoWidth(true)
            .setSortable(true)
            .setComparator(r -> r.risk().value());
        // On a phone: client, availability and score; the rest is one tap away on the
        // client's page.
        NarrowScreens.hideOnPhones(grid, slasMet, objective, burn, incidents, consent, nps, csat, renewal, value);
        grid.setItems(portfolio.clients());
        grid.setEmptyStateText("No active clients yet.");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(portfolio.clients().size() <= 25);
        grid.setId("clients");
        return card("All clients", grid, csv("clients.csv", portfolio, DashboardCsv::clients), null);
    }

    private static Component scoreBadge(ClientRow row) {
        String tone = row.atRisk() ? "bad" : row.risk().value() >= AtRiskScore.AT_RISK_FROM / 2 ? "warn" : "ok";
        return Ui.badge(String.format(Ui.figures().locale(), "%.0f", row.risk().value()), tone);
    }

    static RouterLink clientLink(ClientRow row, DashboardPeriod period) {
        RouterLink link = new RouterLink(row.name(), ClientDashboardView.class,
                new com.vaadin.flow.router.RouteParameters("clientId", row.client().id().value().toString()));
        link.setQueryParameters(QueryParameters.of("period", period.name()));
        return link;
    }

    private static Anchor csv(String fileName, Portfolio portfolio, Function<Portfolio, String> table) {
        // The CSV is built from the portfolio already read for this user, so it holds
        // exactly what the screen shows.
        byte[] bytes = table.apply(portfolio).getBytes(StandardCharsets.UTF_8);
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                        "text/csv; charset=utf-8", bytes.length)),
                "Export CSV");
        anchor.addClassName("pl-csv");
        return anchor;
    }

    private static Div card(String heading, Component body, Anchor export, String footnote) {
        Div top = new Div(new H3(heading), export);
        top.addClassName("pl-dash-card-head");
        Div card = new Div(top, body);
        if (footnote != null) {
            Span note = new Span(footnote);
            note.addClassName("pl-kpi-formula");
            note.setTitle(AtRiskScore.FORMULA);
            card.add(note);
        }
        card.addClassNames("pl-card", "pl-dash-card");
        return card;
    }

}
