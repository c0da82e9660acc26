package io.plumbline.sla.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.MonthlyCompliance;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaEvaluation.CampaignEvaluation;
import io.plumbline.sla.SlaStatus;
import io.plumbline.sla.SlaText;
import io.plumbline.sla.charts.SlaCharts;
import java.time.ZoneId;
import java.util.List;
import io.plumbline.shared.ui.NarrowScreens;

/**
 * One SLA's compliance: key figures of the current window, the budget burn-down, campaign
 * windows judged on their own, and the month-by-month history. Read only; the agency app
 * and the portal show the same thing.
 */
class SlaSummary extends Div {

    SlaSummary(SlaStatus status, List<MonthlyCompliance> history, ZoneId zone) {
        addClassName("pl-sla");
        SlaEvaluation current = status.current();
        Paragraph window = new Paragraph("Verdict and figures over the current window: %s · %s".formatted(
                SlaText.window(Ui.figures(), status.sla().window(), current, zone),
                status.sla().objectives().describe(Ui.figures())));
        window.addClassName("pl-muted");
        add(window, kpis(current, zone));
        SlaText.shortfalls(current).forEach(shortfall -> add(new Paragraph(shortfall)));
        Div charts = new Div();
        charts.addClassName("pl-charts");
        if (current.eligible() > 0) {
            charts.add(new SvgChart("Error budget burn-down", SlaCharts.burnDown(current, zone)));
        }
        if (!history.isEmpty()) {
            charts.add(new SvgChart("Availability by month",
                    SlaCharts.history(history.stream().map(MonthlyCompliance::availability).toList(),
                            status.sla().objectives().availabilityPercent())));
        }
        add(charts);
        if (!current.campaigns().isEmpty()) {
            add(new H3("Campaign windows (stricter objectives)"), campaignTable(current.campaigns(), zone));
        }
        add(new H3("Month by month"), historyTable(history));
    }

    static Span badge(SlaEvaluation evaluation) {
        return Ui.badge(evaluation.verdict().label(), evaluation.verdict().tone());
    }

    private static Div kpis(SlaEvaluation current, ZoneId zone) {
        Div kpis = new Div(
                Ui.kpi("Availability, current window", SlaText.availability(Ui.figures(), current),
                        "verdict: " + current.verdict().label()),
                Ui.kpi("Error budget", String.format(Ui.figures().locale(), "%,.0f", current.budget().total()),
                        "failed events allowed in the window"),
                Ui.kpi("Budget used", String.format(Ui.figures().locale(), "%,d", current.budget().used()),
                        "failed events so far"),
                Ui.kpi("Budget left", String.format(Ui.figures().locale(), "%,.0f", current.budget().left()),
                        current.budget().exhausted() ? "exhausted" : "failed events still allowed"),
                Ui.kpi("Burn rate", SlaText.burnRate(Ui.figures(), current),
                        "failed share ÷ allowed failed share (1 − objective)"),
                Ui.kpi("Forecast", SlaText.forecast(Ui.figures(), current.forecast(), zone), SlaText.FORECAST_RATE),
                Ui.kpi("p95 latency", current.p95LatencyMs().isPresent()
                        ? String.format(Ui.figures().locale(), "%,d ms", current.p95LatencyMs().getAsLong()) : "—",
                        "successful calls"),
                Ui.kpi("Excluded", String.format(Ui.figures().locale(), "%,d", current.excluded()),
                        "events in maintenance"));
        kpis.addClassName("pl-kpis");
        return kpis;
    }

    private static Grid<CampaignEvaluation> campaignTable(List<CampaignEvaluation> campaigns, ZoneId zone) {
        Grid<CampaignEvaluation> grid = new Grid<>();
        grid.addColumn(CampaignEvaluation::name).setHeader("Campaign").setFlexGrow(2);
        var window = grid.addColumn(c -> SlaText.interval(Ui.figures(), c.evaluation(), zone))
            .setHeader("Window")
            .setAutoWidth(true);
        // Objectives wrap rather than push Status out of a desktop-wide page.
        var objectives = grid.addColumn(c -> c.evaluation().objectives().describe(Ui.figures()))
            .setHeader("Objectives")
            .setFlexGrow(3);
        grid.addColumn(c -> SlaText.availability(Ui.figures(), c.evaluation()))
            .setHeader("Availability")
            .setAutoWidth(true);
        var burnRate = grid.addColumn(c -> SlaText.burnRate(Ui.figures(), c.evaluation()))
            .setHeader("Burn rate")
            .setAutoWidth(true);
        grid.addComponentColumn(c -> badge(c.evaluation())).setHeader("Verdict").setAutoWidth(true);
        NarrowScreens.hideOnPhones(grid, window, objectives, burnRate);
        grid.setItems(campaigns);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Grid<MonthlyCompliance> historyTable(List<MonthlyCompliance> history) {
        Grid<MonthlyCompliance> grid = new Grid<>();
        grid.addColumn(m -> Ui.figures().month(m.month())).setHeader("Month").setAutoWidth(true);
        grid.addColumn(m -> SlaText.availability(Ui.figures(), m.evaluation()))
            .setHeader("Availability")
            .setAutoWidth(true);
        var events = grid.addColumn(m -> String.format(Ui.figures().locale(), "%,d", m.evaluation().eligible()))
            .setHeader("Events")
            .setAutoWidth(true);
        var budget = grid
            .addColumn(m -> String.format(Ui.figures().locale(), "%,d of %,.0f", m.evaluation().budget().used(),
                    m.evaluation().budget().total()))
            .setHeader("Budget used")
            .setAutoWidth(true);
        var p95 = grid
            .addColumn(m -> m.evaluation().p95LatencyMs().isPresent()
                    ? String.format(Ui.figures().locale(), "%,d ms", m.evaluation().p95LatencyMs().getAsLong()) : "—")
            .setHeader("p95")
            .setAutoWidth(true);
        grid.addComponentColumn(m -> badge(m.evaluation())).setHeader("Verdict").setAutoWidth(true);
        var why = grid.addColumn(m -> String.join("; ", SlaText.shortfalls(m.evaluation())))
            .setHeader("Why")
            .setFlexGrow(2);
        NarrowScreens.hideOnPhones(grid, events, budget, p95, why);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

}
