package io.plumbline.reporting.internal;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.ClientHealth;
import io.plumbline.metrics.MetricsService;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.internal.ClientReportData.IntegrationHealth;
import io.plumbline.reporting.internal.ClientReportData.SlaResult;
import io.plumbline.sla.Interval;
import io.plumbline.sla.MonthlyAvailability;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaId;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.survey.Audience;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SatisfactionService;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a client report's figures from the modules' public services, always as that
 * client (never as the agency), so the same row-level security that guards the portal
 * guarantees no other client's rows reach the document.
 */
@Component
public class ClientReportSource {

    static final int HISTORY_MONTHS = 6;
    static final int SATISFACTION_QUARTERS = 4;

    private final AgencyService agencies;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final MetricsService metrics;

    private final IntegrationService integrations;

    private final IncidentService incidents;

    private final ConsentService consent;

    private final SatisfactionService satisfaction;

    private final ChangeLogService changes;

    private final Clock clock;

    ClientReportSource(AgencyService agencies, SlaService slas, SlaEvaluationService compliance, MetricsService metrics,
            IntegrationService integrations, IncidentService incidents, ConsentService consent,
            SatisfactionService satisfaction, ChangeLogService changes, Clock clock) {
        this.agencies = agencies;
        this.slas = slas;
        this.compliance = compliance;
        this.metrics = metrics;
        this.integrations = integrations;
        this.incidents = incidents;
        this.consent = consent;
        this.satisfaction = satisfaction;
        this.changes = changes;
        this.clock = clock;
    }

    public ClientReportData read(AgencyId agency, ClientId client, ReportPeriod period) {
        return CurrentTenant.callAs(new TenantScope(agency, client), () -> readInScope(client, period));
    }

    private ClientReportData readInScope(ClientId client, ReportPeriod period) {
        Instant from = period.from();
        Instant to = period.to();
        LocalDate lastDay = period.end().minusDays(1);
        List<IntegrationDetails> active = integrations.listForClient(client)
            .stream()
            .filter(i -> !i.archived())
            .toList();
        ClientHealth clientHealth = metrics.clientHealthByIntegration(client, from, to);
        List<IntegrationHealth> health = active.stream()
            .map(i -> new IntegrationHealth(i, clientHealth.byIntegration().get(i.id())))
            .toList();
        // One read of the rollups for all SLAs; the monthly history (availability only)
        // for the SLA the report charts.
        Map<SlaId, SlaEvaluation> evaluations = compliance.evaluateAllOver(new Interval(from, to));
        List<SlaResult> slaResults = slas.list()
            .stream()
            .map(sla -> new SlaResult(sla, evaluations.get(sla.id())))
            .toList();
        List<PublishedIncident> published = incidents.published(client)
            .stream()
            .filter(i -> !i.detectedAt().isBefore(from) && i.detectedAt().isBefore(to))
            .toList();
        List<ChangeEntry> feed = changes.published(client);
        return new ClientReportData(agencies.portalBranding(), period, clock.instant(), clientHealth.overall(),
                metrics.clientSeries(client, from, to), health, slaResults,
                ClientReportData.focus(slaResults).map(focus -> history(focus.sla(), period)).orElse(List.of()),
                published, consent.clientCoverage(client, period.start(), lastDay),
                consent.integrationCoverage(client, period.start(), lastDay),
                satisfaction.trendVisibleToClient()
                        ? Optional
                            .of(satisfaction.trend(client, Audience.CLIENT, PeriodKind.QUARTER, SATISFACTION_QUARTERS))
                        : Optional.empty(),
                feed.stream()
                    .filter(e -> !e.effectiveOn().isBefore(period.start()) && e.effectiveOn().isBefore(period.end()))
                    .toList(),
                feed.stream()
                    .filter(e -> !e.effectiveOn().isBefore(period.end()))
                    .sorted(Comparator.comparing(ChangeEntry::effectiveOn))
                    .toList());
    }

    /** The SLA's calendar months up to the one the period ends in. */
    private List<MonthlyAvailability> history(SlaDetails sla, ReportPeriod period) {
        YearMonth last = YearMonth.from(period.end().minusDays(1));
        YearMonth now = YearMonth.from(clock.instant().atZone(period.zone()));
        int skip = (int) Math.max(0, ChronoUnit.MONTHS.between(last, now));
        return compliance.availabilityHistory(sla.id(), skip + HISTORY_MONTHS).stream().skip(skip).toList();
    }

}
