package io.plumbline.dashboard.ui;

import java.util.stream.Collectors;
import java.util.Map;
import java.util.List;
import io.plumbline.sla.Verdict;
import io.plumbline.sla.SlaText;
import io.plumbline.sla.SlaStatus;
import io.plumbline.sla.SlaId;
import io.plumbline.sla.SlaEvaluation;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.dashboard.ClientDrillDown;
import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.DashboardPeriod;
import io.plumbline.dashboard.DashboardService;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.dashboard.SlaResult;
import io.plumbline.dashboard.charts.DashboardCharts;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.format.InsightFormat;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.retention.ContractDetails;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drill-down from the dashboard: one client over the same period — its row's figures,
 * then the SLAs, health, incidents, consent and contract behind them, each linking on to
 * its module's own page.
 */
@Route("dashboard/client/:clientId")
@PageTitle("Client · Dashboard · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ClientDashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final DashboardService dashboard;

    public ClientDashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("pl-page", "pl-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardPeriod period = DashboardView.periodOf(event.getLocation().getQueryParameters());
        ClientId id = event.getRouteParameters()
            .get("clientId")
            .flatMap(ClientDashboardView::uuid)
            .map(ClientId::new)
            .orElseThrow(() -> new NotFoundException("No such client"));
        removeAll();
        render(dashboard.client(id, period));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render(ClientDrillDown drill) {
        ClientRow row = drill.row();
        RouterLink back = new RouterLink("← Portfolio", DashboardView.class);
        back.setQueryParameters(QueryParameters.of("period", drill.period().name()));
        Div head = new Div();
        head.addClassName("pl-dash-head");
        row.client().logoIfAny().ifPresent(logo -> head.add(Ui.logo(logo.bytes(), row.name() + " logo")));
        H2 title = new H2(row.name());
        title.setId("drill-client-name");
        Span range = new Span(
                drill.period().label() + ": " + DashboardFormat.interval(Ui.figures(), drill.interval()) + " (UTC)");
        range.addClassName("pl-muted");
        RouteParameters self = new RouteParameters("clientId", row.client().id().value().toString());
        // By path, not by view class: the reports page belongs to the reporting module,
        // which depends on this one.
        Anchor report = new Anchor("reports?client=" + row.client().id().value(), "Client report (PDF) →");
        report.setId("client-report");
        head.add(title, PeriodTabs.of(drill.period(), label -> new RouterLink(label, ClientDashboardView.class, self)),
                range, report);

        Div figures = new Div(verdicts(drill),
                new KpiTile("Availability, " + drill.period().label().toLowerCase(java.util.Locale.ENGLISH),
                        DashboardFormat.percent(Ui.figures(), row.availability(), Format.Precision.AVAILABILITY),
                        "objective " + DashboardFormat.number(Ui.figures(), row.objectivePercent(), "%.2f %%"),
                        tone(row), ""),
                new KpiTile("Error-budget burn", DashboardFormat.number(Ui.figures(), row.burnRate(), "%.2f×"),
                        "1× spends it all", "none", ""),
                new KpiTile("Incidents", String.valueOf(row.incidents()), row.openIncidents() + " open", "none", ""),
                new KpiTile("Consent coverage",
                        DashboardFormat.percent(Ui.figures(), row.consentCoverage(), Format.Precision.COVERAGE),
                        String.format(Ui.figures().locale(), "target %.1f %%", row.consentTargetPercent()), "none", ""),
                new KpiTile("NPS · CSAT",
                        DashboardFormat.nps(row.nps()) + " · "
                                + DashboardFormat.number(Ui.figures(), row.csat(), "%.0f %%"),
                        "client answers", "none", ""),
                new KpiTile("At-risk score", String.format(Ui.figures().locale(), "%.0f", row.risk().value()),
                        "main reason: " + InsightFormat.why(row.risk()), row.atRisk() ? "worse" : "none",
                        AtRiskScore.FORMULA),
                new KpiTile("Renewal", row.nextRenewal().map(DashboardFormat::day).orElse(DashboardFormat.NONE),
                        DashboardFormat.money(row.monthlyValue()) + " / mo", "none", ""));
        figures.addClassNames("pl-kpis", "pl-dash-kpis");

        // The service levels and incidents take the page's width: their grids have
        // more columns than half a laptop screen holds.
        Div detail = new Div(health(drill.health(), row, drill.period()), consent(drill.consent()));
        detail.addClassName("pl-dash-row");
        add(back, head, figures, slas(drill), detail, incidents(drill), contracts(drill));
    }

    /**
     * The SLAs' verdicts over their own windows, as the SLA pages and the portal show
     * them.
     */
    private static KpiTile verdicts(ClientDrillDown drill) {
        List<Verdict> verdicts = drill.standing().stream().map(s -> s.current().verdict()).toList();
        long judged = verdicts.stream().filter(v -> v != Verdict.NO_DATA).count();
        long met = verdicts.stream().filter(v -> v == Verdict.MET).count();
        String detail = java.util.stream.Stream.of(Verdict.MISSED, Verdict.AT_RISK)
            .filter(verdicts::contains)
            .map(v -> verdicts.stream().filter(v::equals).count() + " "
                    + v.label().toLowerCase(java.util.Locale.ENGLISH))
            .collect(Collectors.joining(" · "));
        return new KpiTile("SLAs met", judged == 0 ? DashboardFormat.NONE : met + " / " + judged,
                detail.isEmpty() ? verdicts.size() + " SLA" + (verdicts.size() == 1 ? "" : "s") : detail, "none",
                "Verdicts over each SLA's own window (its calendar month in the client's time zone, or its "
                        + "rolling 7 or 30 days), among the SLAs with data");
    }

    private static String tone(ClientRow row) {
        if (row.availability().isEmpty() || row.objectivePercent().isEmpty()) {
            return "none";
        }
        return row.availability().getAsDouble() * 100 >= row.objectivePercent().getAsDouble() ? "better" : "worse";
    }

    /**
     * Each SLA's verdict is its own window's (as on the SLA pages and in the portal); the
     * period's availability sits beside it, named as the period's, not as a verdict.
     */
    private static Component slas(ClientDrillDown drill) {
        Map<SlaId, SlaEvaluation> ownWindow = drill.standing()
            .stream()
            .collect(Collectors.toMap(s -> s.sla().id(), SlaStatus::current));
        Grid<SlaResult> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor("sla/" + r.sla().id().value(), r.sla().name()))
            .setHeader("SLA")
            .setFlexGrow(2);
        grid.addColumn(r -> r.sla().objectives().describe(Ui.figures())).setHeader("Objectives").setFlexGrow(2);
        grid.addComponentColumn(r -> Ui.badge(ownWindow.get(r.sla().id()).verdict().label(),
                ownWindow.get(r.sla().id()).verdict().tone()))
            .setHeader("Verdict")
            .setKey("verdict")
            .setAutoWidth(true);
        grid.addColumn(r -> SlaText.availability(Ui.figures(), ownWindow.get(r.sla().id())) + " · "
                + r.sla().window().label().toLowerCase(java.util.Locale.ENGLISH))
            .setHeader("Availability, SLA window")
            .setKey("window-availability")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> SlaText.availability(Ui.figures(), r.evaluation()))
            .setHeader("Availability, " + drill.period().label().toLowerCase(java.util.Locale.ENGLISH))
            .setKey("period-availability")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> SlaText.burnRate(Ui.figures(), r.evaluation()))
            .setHeader("Burn, " + drill.period().label().toLowerCase(java.util.Locale.ENGLISH))
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        return card("Service levels", rows(grid, drill.slas(), "client-slas", "No SLA for this client."));
    }

    private static Component health(HealthSummary health, ClientRow row, DashboardPeriod period) {
        Facts facts = new Facts().fact("Calls and checks", String.format(Ui.figures().locale(), "%,d", health.total()))
            .fact("Availability, " + period.label().toLowerCase(java.util.Locale.ENGLISH),
                    DashboardFormat.percent(Ui.figures(), health.availability(), Format.Precision.AVAILABILITY))
            .fact("Error rate",
                    DashboardFormat.percent(Ui.figures(), health.errorRate(), Format.Precision.AVAILABILITY))
            .fact("p95 latency (successful calls)",
                    health.p95().isPresent() ? String.format(Ui.figures().locale(), "%,d ms", health.p95().getAsLong())
                            : DashboardFormat.NONE)
            .fact("Retried", String.format(Ui.figures().locale(), "%,d", health.retried()));
        Anchor more = new Anchor("health?client=" + row.client().id().value(), "Open the health dashboard");
        return card("Integration health", new Div(facts, more));
    }

    private static Component incidents(ClientDrillDown drill) {
        Grid<IncidentDetails> grid = new Grid<>();
        grid.addComponentColumn(i -> new Anchor("incidents/" + i.id().value(), i.title()))
            .setHeader("Incident")
            .setFlexGrow(4);
        grid.addColumn(i -> i.severity().label()).setHeader("Severity").setWidth("90px").setFlexGrow(0);
        grid.addColumn(i -> i.cause() == null ? "not yet" : i.cause().label()).setHeader("Cause").setFlexGrow(2);
        grid.addColumn(i -> DashboardFormat.day(Ui.figures(), LocalDate.ofInstant(i.detectedAt(), ZoneOffset.UTC)))
            .setHeader("Detected")
            .setWidth("110px")
            .setFlexGrow(0);
        grid.addColumn(i -> i.timeToResolve().map(Format::duration).orElse("open"))
            .setHeader("Resolved in")
            .setWidth("100px")
            .setFlexGrow(0)
            .setTextAlign(ColumnTextAlign.END);
        return card("Incidents",
                rows(grid, drill.incidents(), "client-incidents", "No incident detected in this period."));
    }

    private static Component consent(ClientCoverage coverage) {
        return new SvgChart(
                String.format(Ui.figures().locale(), "Consent coverage per day (target %.1f %%)",
                        coverage.policy().targetPercent()),
                ChartStyle.svg(DashboardCharts.consentTrend(coverage.trend()
                    .stream()
                    .map(d -> new Portfolio.DailyCoverage(d.subject(), d.counts().coverage()))
                    .toList())));
    }

    private static Component contracts(ClientDrillDown drill) {
        Grid<ContractDetails> grid = new Grid<>();
        grid.addColumn(ContractDetails::reference).setHeader("Contract").setFlexGrow(2);
        grid.addColumn(c -> DashboardFormat.day(Ui.figures(), c.start())).setHeader("Start").setAutoWidth(true);
        grid.addColumn(c -> DashboardFormat.day(Ui.figures(), c.renewal())).setHeader("Renewal").setAutoWidth(true);
        grid.addColumn(
                c -> String.format(Ui.figures().locale(), "%s %,.0f", c.currency().getCurrencyCode(), c.monthlyValue()))
            .setHeader("Monthly value")
            .setAutoWidth(true)
            .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        return card("Contract", rows(grid, drill.contracts(), "client-contracts", "No contract recorded."));
    }

    /**
     * A compact grid of every row (these lists are short), with wrapped text and a word
     * for none.
     */
    private static <T> Grid<T> rows(Grid<T> grid, List<T> items, String id, String empty) {
        grid.setItems(items);
        grid.setEmptyStateText(empty);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }

    private static Div card(String heading, Component body) {
        Div card = new Div(new H3(heading), body);
        card.addClassNames("pl-card", "pl-dash-card");
        return card;
    }

}
