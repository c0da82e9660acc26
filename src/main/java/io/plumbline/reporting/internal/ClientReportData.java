package io.plumbline.reporting.internal;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.CoverageOf;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.sla.MonthlyAvailability;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.survey.Satisfaction;
import io.plumbline.tenancy.AgencyService.PortalBranding;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one client report shows, read in the client's own scope (so row-level
 * security keeps other clients out), and only what a client may see: published incident
 * summaries, published change entries, no contract values.
 */
public record ClientReportData(PortalBranding branding, ReportPeriod period, Instant generatedAt, HealthSummary health,
        List<HealthPoint> healthSeries, List<IntegrationHealth> integrations, List<SlaResult> slas,
        List<MonthlyAvailability> focusHistory, List<PublishedIncident> incidents, ClientCoverage coverage,
        List<CoverageOf<IntegrationDetails>> coverageByIntegration, Optional<List<Satisfaction>> satisfaction,
        List<ChangeEntry> changes, List<ChangeEntry> upcoming) {

    /** One integration's health over the period. */
    public record IntegrationHealth(IntegrationDetails integration, HealthSummary health) {
    }

    /** One SLA over the period. */
    public record SlaResult(SlaDetails sla, SlaEvaluation evaluation) {
    }

    /**
     * The SLA the report looks at closely (the lowest availability), whose monthly
     * history up to the period's end (oldest last) is {@link #focusHistory}; empty
     * without SLAs.
     */
    public Optional<SlaResult> focus() {
        return focus(slas);
    }

    static Optional<SlaResult> focus(List<SlaResult> slas) {
        return slas.stream().min(Comparator.comparingDouble(s -> s.evaluation().availability().orElse(1)));
    }

    /** Published incidents that were resolved, and how long each took from detection. */
    public List<Duration> timesToResolve() {
        return incidents.stream()
            .filter(PublishedIncident::resolved)
            .map(i -> Duration.between(i.detectedAt(), i.resolvedAt()))
            .sorted()
            .toList();
    }

    /**
     * The median time to resolve (mean of the middle two for an even count); empty
     * without resolved incidents.
     */
    public Optional<Duration> medianTimeToResolve() {
        List<Duration> times = timesToResolve();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int middle = times.size() / 2;
        return Optional
            .of(times.size() % 2 == 1 ? times.get(middle) : times.get(middle - 1).plus(times.get(middle)).dividedBy(2));
    }
}
