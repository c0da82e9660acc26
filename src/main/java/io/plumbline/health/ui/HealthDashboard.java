package io.plumbline.health.ui;

import io.plumbline.shared.format.Format;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.plumbline.health.Period;
import io.plumbline.health.charts.HealthCharts;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.ui.IntegrationColumns;
import io.plumbline.metrics.ClientHealth;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.shared.ui.NarrowScreens;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Health of one client (all its integrations) or of one integration over a period: key
 * figures, charts and the integrations with their credentials and quotas. Reads only
 * rollups.
 */
class HealthDashboard extends Div {

    HealthDashboard(MetricsService metrics, Clock clock, ClientDetails client, List<IntegrationDetails> integrations,
            IntegrationDetails integration, Period period) {
        addClassName("pl-health");
        ZoneId zone = client.timeZone();
        // The whole client and each integration's row from one read, or the one
        // integration.
        ClientHealth health = integration == null
                ? metrics.clientHealthByIntegration(client.id(), period.from(), period.to())
                : single(integration, metrics.health(integration.id(), period.from(), period.to()));
        HealthSummary summary = health.overall();
        List<HealthPoint> points = integration == null ? metrics.clientSeries(client.id(), period.from(), period.to())
                : metrics.series(integration.id(), period.from(), period.to());

        String words = period.inWords();
        Paragraph window = new Paragraph("Figures over the %s: %s – %s, %s; charts per %s".formatted(words,
                Ui.figures().dateTime(summary.from(), zone), Ui.figures().dateTime(summary.to(), zone),
                Ui.figures().zone(zone, summary.to()), summary.granularity().code()));
        window.addClassName("pl-muted");
        add(window, kpis(summary, words));
        if (summary.total() == 0) {
            Paragraph empty = new Paragraph("No observations in this period. Push API calls through the ingestion API "
                    + "or add a monitor, and they appear here within a minute.");
            empty.addClassName("pl-card");
            add(empty);
        }
        else {
            Granularity granularity = summary.granularity();
            Double allowed = integration == null || integration.quota() == null ? null : integration.quota().requests()
                    * ((double) granularity.size().toSeconds() / integration.quota().window().toSeconds());
            Div charts = new Div(new SvgChart("Availability", HealthCharts.availability(points, zone)),
                    new SvgChart("Latency percentiles", HealthCharts.latency(points, zone)),
                    new SvgChart("Failures by class", HealthCharts.failures(points, granularity, zone)),
                    new SvgChart(allowed == null ? "Request volume" : "Request volume against the rate limit",
                            HealthCharts.volume(points, granularity, zone, allowed)),
                    new SvgChart("Failure breakdown", HealthCharts.breakdown(summary)));
            charts.addClassName("pl-charts");
            add(charts);
        }
        add(new H3(integration == null ? "Integrations" : "Integration"),
                integrationTable(health, clock, integration == null ? integrations : List.of(integration)));
    }

    private static Component kpis(HealthSummary summary, String words) {
        Div kpis = new Div(Ui.kpi("Availability, " + words,
                Ui.figures().percent(summary.availability(), Format.Precision.AVAILABILITY), "good calls / all calls"),
                Ui.kpi("Error rate, " + words, Ui.figures().percent(summary.errorRate(), Format.Precision.AVAILABILITY),
                        Ui.figures().count(summary.total() - summary.good()) + " of "
                                + Ui.figures().count(summary.total()) + " failed"),
                Ui.kpi("p95 latency", millis(summary.p95()),
                        "p50 %s · p99 %s".formatted(millis(summary.p50()), millis(summary.p99()))),
                Ui.kpi("Requests, " + words, Ui.figures().count(summary.total()),
                        Ui.figures().count(summary.retried()) + " passed after retries"),
                Ui.kpi("Throttled (429)", Ui.figures().count(summary.failures(FailureClass.THROTTLED)),
                        "refused for too many requests"),
                Ui.kpi("Auth failures", Ui.figures().count(summary.failures(FailureClass.AUTH)),
                        "credentials refused (401 / 403)"));
        kpis.addClassName("pl-kpis");
        return kpis;
    }

    private static ClientHealth single(IntegrationDetails integration, HealthSummary summary) {
        return new ClientHealth(summary, Map.of(integration.id(), summary));
    }

    private static Component integrationTable(ClientHealth health, Clock clock, List<IntegrationDetails> integrations) {
        LocalDate today = LocalDate.now(clock);
        Grid<IntegrationDetails> grid = new Grid<>();
        grid.addColumn(IntegrationDetails::name).setHeader("Integration").setFlexGrow(2);
        var provider = grid.addColumn(IntegrationDetails::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(i -> Ui.figures()
            .percent(java.util.Optional.ofNullable(health.byIntegration().get(i.id()))
                .map(HealthSummary::availability)
                .orElse(OptionalDouble.empty()), Format.Precision.AVAILABILITY))
            .setHeader("Availability")
            .setAutoWidth(true);
        grid.addComponentColumn(i -> IntegrationColumns.credentialExpiry(i, today))
            .setHeader("Credential expiry")
            .setAutoWidth(true);
        var quota = grid.addColumn(IntegrationColumns::quota).setHeader("Rate limit").setAutoWidth(true);
        NarrowScreens.hideOnPhones(grid, provider, quota);
        grid.setItems(integrations);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No integrations.");
        return grid;
    }

    static String millis(OptionalLong value) {
        return value.isPresent() ? Ui.figures().count(value.getAsLong()) + " ms" : "—";
    }

}
