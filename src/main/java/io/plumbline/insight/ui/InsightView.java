package io.plumbline.insight.ui;

import io.plumbline.retention.RevenueAtRisk;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.ClientInsight;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.InsightPeriod;
import io.plumbline.insight.InsightService;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.insight.RankCorrelation;
import io.plumbline.insight.format.InsightFormat;
import io.plumbline.insight.charts.ReliabilityScatter;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Which clients are at risk and why: one row per client over a period, the rank
 * correlations across clients with their n and uncertainty, reliability against NPS as a
 * scatter chart, and the table as CSV.
 */
@Route("insight")
@PageTitle("Insight · Plumbline")
@Menu(title = "Insight", order = 26, icon = "vaadin:lightbulb")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class InsightView extends VerticalLayout {

    private final InsightService insight;

    private final Select<InsightPeriod.Kind> kind = new Select<>();

    private final DatePicker from = new DatePicker("First day (UTC)");

    private final DatePicker to = new DatePicker("Last day (UTC)");

    private final Paragraph periodLine = new Paragraph();

    private final Div summary = new Div();

    private final Div correlations = new Div();

    private final Div chart = new Div();

    private final Grid<ClientInsight> table = new Grid<>();

    private InsightPeriod period;

    public InsightView(InsightService insight) {
        this.insight = insight;
        addClassName("pl-page");
        periodLine.addClassName("pl-muted");
        summary.addClassName("pl-kpis");
        summary.setWidthFull();
        correlations.addClassName("pl-kpis");
        correlations.setWidthFull();
        chart.addClassName("pl-charts");
        chart.setWidthFull();
        Paragraph formula = new Paragraph("At-risk score: " + AtRiskScore.FORMULA + ". Hover a score for its factors.");
        formula.addClassNames("pl-kpi-formula", "pl-insight-formula");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = insight.csv(period).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "insight-%s-%s.csv".formatted(period.from(), period.to()), "text/csv", bytes.length);
        }), "Download CSV");
        csv.getElement().setAttribute("download", true);
        add(toolbar(), periodLine, summary, new H3("Across clients"), correlations, chart, new H3("Per client"), table,
                formula, csv);
        configureTable();
        kind.setValue(InsightPeriod.Kind.LAST_QUARTER);
    }

    private HorizontalLayout toolbar() {
        kind.setLabel("Period");
        kind.setItems(InsightPeriod.Kind.values());
        kind.setItemLabelGenerator(InsightPeriod.Kind::label);
        kind.addValueChangeListener(e -> {
            boolean custom = e.getValue() == InsightPeriod.Kind.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom) {
                from.setValue(period == null ? null : period.from());
                to.setValue(period == null ? null : period.to());
            }
            else {
                show(InsightPeriod.last(e.getValue(), insight.today()));
            }
        });
        from.addValueChangeListener(e -> custom());
        to.addValueChangeListener(e -> custom());
        from.setVisible(false);
        to.setVisible(false);
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Insight"), spacer, kind, from, to);
        toolbar.addClassName("pl-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return toolbar;
    }

    private void custom() {
        if (kind.getValue() != InsightPeriod.Kind.CUSTOM || from.isEmpty() || to.isEmpty()) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            show(InsightPeriod.custom(from.getValue(), to.getValue(), insight.today()));
        }
        catch (InvalidInputException e) {
            Ui.showOn(e, Map.of("from", from, "to", to));
        }
    }

    private void show(InsightPeriod chosen) {
        period = chosen;
        PortfolioInsight result = insight.portfolio(chosen);
        periodLine.setText("%s · %d clients · figures without data show “—” and are left out of the score and the "
            .formatted(chosen.label(), result.clients().size()) + "correlations.");
        summary.removeAll();
        summary.add(
                Ui.kpi("Clients at risk", Integer.toString(result.atRisk().size()),
                        String.format(Ui.figures().locale(), "score ≥ %.0f of 100", AtRiskScore.AT_RISK_FROM)),
                Ui.kpi(RevenueAtRisk.LABEL, result.revenueAtRisk().amount(), RevenueAtRisk.DEFINITION));
        correlations.removeAll();
        result.correlations().forEach(c -> correlations.add(card(c)));
        chart.removeAll();
        if (ReliabilityScatter.plottable(result.clients()).isEmpty()) {
            Paragraph none = new Paragraph(
                    "No client has both SLA data and NPS answers in this period: nothing to plot.");
            none.addClassName("pl-muted");
            chart.add(none);
        }
        else {
            chart.add(new SvgChart("Reliability and satisfaction",
                    ChartStyle.svg(ReliabilityScatter.chart(result.clients(), result.correlations().getFirst()), 1.7)));
        }
        table.setItems(result.clients());
    }

    private static Component card(Correlation correlation) {
        String value = switch (correlation.result()) {
            case RankCorrelation.Measured m -> String.format(Locale.ROOT, "ρ = %.2f", m.rho());
            case RankCorrelation.TooFewClients t -> "Too few clients";
            case RankCorrelation.NoVariation v -> "No variation";
        };
        Component card = Ui.kpi(correlation.x() + " ↔ " + correlation.y(), value,
                InsightFormat.correlation(correlation));
        card.getElement().getClassList().add("pl-correlation");
        return card;
    }

    private void configureTable() {
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        // the client's drill-down holds the details behind the row
        table.addComponentColumn(r -> new Anchor("dashboard/client/" + r.client().id(), r.client().name()))
            .setHeader("Client")
            .setAutoWidth(true)
            .setFlexGrow(0)
            .setComparator(r -> r.client().name())
            .setFrozen(true);
        table.addComponentColumn(InsightView::score)
            .setHeader(scoreHeader())
            .setComparator(Comparator.comparingDouble(r -> r.score().value()))
            .setTooltipGenerator(r -> InsightFormat.breakdown(r.score()))
            .setWidth("9em")
            .setFlexGrow(0);
        GridColumns.text(table, r -> InsightFormat.why(r.score()), "Why", "8em");
        table
            .addComponentColumn(r -> new Span(new Span(InsightFormat.share(Ui.figures(), r.slaAvailability()) + " "),
                    Ui.badge(r.slaVerdict().label(), r.slaVerdict().tone())))
            .setHeader("SLA compliance")
            .setComparator(number(ClientInsight::slaAvailability))
            .setAutoWidth(true);
        table
            .addColumn(r -> InsightFormat.share(Ui.figures(), r.consentCoverage()) + (Double.isNaN(r.consentTarget())
                    ? "" : String.format(Ui.figures().locale(), " / %.0f %%", r.consentTarget())))
            .setHeader("Consent / target")
            .setComparator(number(ClientInsight::consentCoverage))
            .setAutoWidth(true);
        table.addColumn(InsightView::incidents)
            .setHeader("Incidents · TTR")
            .setComparator(ClientInsight::incidents)
            .setAutoWidth(true);
        table.addColumn(r -> InsightFormat.score(r.nps(), r.npsAnswers(), true))
            .setHeader("NPS")
            .setComparator(number(ClientInsight::nps))
            .setAutoWidth(true);
        table.addColumn(r -> InsightFormat.score(r.csat(), r.csatAnswers(), false))
            .setHeader("CSAT")
            .setComparator(number(ClientInsight::csat))
            .setAutoWidth(true);
        table.addColumn(r -> InsightFormat.score(r.dataQuality(), r.dataQualityAnswers(), false))
            .setHeader("Staff rating")
            .setComparator(number(ClientInsight::dataQuality))
            .setAutoWidth(true);
        table.addComponentColumn(InsightView::renewal)
            .setHeader("Renewal · value")
            .setComparator(InsightFormat::renewalStatus)
            .setAutoWidth(true);
    }

    private static Component scoreHeader() {
        Span header = new Span("At-risk score");
        header.getElement().setAttribute("title", AtRiskScore.FORMULA);
        return header;
    }

    private static String incidents(ClientInsight row) {
        if (row.incidents() == 0) {
            return "0";
        }
        return row.incidents() + " · "
                + row.medianTimeToResolve()
                    .map(d -> "TTR " + InsightFormat.duration(row.medianTimeToResolve()))
                    .orElse("none resolved");
    }

    /** Status badge, then the next renewal (or churn) date and the monthly value. */
    private static Component renewal(ClientInsight row) {
        Span details = new Span(" " + InsightFormat.renewalDate(row) + " · " + InsightFormat.monthlyValue(row));
        return new Span(row.renewal()
            .<Component>map(r -> Ui.badge(r.status().label(), r.status().tone()))
            .orElseGet(() -> new Span(InsightFormat.renewalStatus(row))), details);
    }

    private static Component score(ClientInsight row) {
        return Ui.badge(InsightFormat.scoreValue(row.score()), row.score().atRisk() ? "bad" : "ok");
    }

    /** Sorts rows without the figure last, whichever the direction. */
    private static Comparator<ClientInsight> number(Function<ClientInsight, OptionalDouble> figure) {
        return Comparator.comparingDouble(r -> {
            OptionalDouble value = figure.apply(r);
            return value.isPresent() ? value.getAsDouble() : Double.NEGATIVE_INFINITY;
        });
    }

}
