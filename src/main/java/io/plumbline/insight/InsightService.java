package io.plumbline.insight;

import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentStats;
import io.plumbline.insight.internal.InsightCsv;
import io.plumbline.insight.internal.Spearman;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.RetentionService;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaId;
import io.plumbline.sla.EvaluationDetail;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.Verdict;
import io.plumbline.survey.Audience;
import io.plumbline.survey.Satisfaction;
import io.plumbline.survey.SatisfactionService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reliability ↔ retention for agency staff (owners, admins, executives, analysts; client
 * users are refused): one row per active client over a period, the rank correlations
 * across clients and the revenue at risk of the at-risk clients. Reads each module once
 * per period (SLAs with the batch evaluation).
 */
@Service
public class InsightService {

    /** Reliability: SLA availability over the period. */
    public static final String RELIABILITY = "SLA compliance";

    private final ClientService clients;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final ConsentService consent;

    private final IncidentService incidents;

    private final SatisfactionService satisfaction;

    private final RetentionService retention;

    private final Clock clock;

    InsightService(ClientService clients, SlaService slas, SlaEvaluationService compliance, ConsentService consent,
            IncidentService incidents, SatisfactionService satisfaction, RetentionService retention, Clock clock) {
        this.clients = clients;
        this.slas = slas;
        this.compliance = compliance;
        this.consent = consent;
        this.incidents = incidents;
        this.satisfaction = satisfaction;
        this.retention = retention;
        this.clock = clock;
    }

    /** Today in UTC, the day insight periods end before. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Transactional(readOnly = true)
    public PortfolioInsight portfolio(InsightPeriod period) {
        Access.requireAgencyStaff();
        return portfolio(period, compliance.evaluateAllOver(period.interval(), EvaluationDetail.FIGURES));
    }

    /**
     * As {@link #portfolio(InsightPeriod)}, with every SLA already judged over
     * {@code period.interval()} (by
     * {@link SlaEvaluationService#evaluateAllOver(List, EvaluationDetail)}, in one read
     * with the caller's own periods).
     */
    @Transactional(readOnly = true)
    public PortfolioInsight portfolio(InsightPeriod period, Map<SlaId, SlaEvaluation> judged) {
        Access.requireAgencyStaff();
        Map<ClientId, List<SlaEvaluation>> evaluations = slas.list()
            .stream()
            .collect(Collectors.groupingBy(SlaDetails::client,
                    Collectors.mapping(s -> judged.get(s.id()), Collectors.toList())));
        Map<ClientId, ClientCoverage> coverage = consent.overviewOfFinishedDays(period.from(), period.to())
            .stream()
            .collect(Collectors.toMap(c -> c.client().id(), Function.identity()));
        Map<ClientId, IncidentStats> incidentStats = incidents.statsPerClient(period.start(), period.end());
        Map<ClientId, Satisfaction> clientVoice = satisfaction.byClientBetween(period.start(), period.end(),
                Audience.CLIENT);
        Map<ClientId, Satisfaction> staffVoice = satisfaction.byClientBetween(period.start(), period.end(),
                Audience.INTERNAL);
        Map<ClientId, ClientRenewal> renewals = retention.renewalStatus()
            .stream()
            .collect(Collectors.toMap(ClientRenewal::client, Function.identity()));
        List<ClientInsight> rows = clients.list(false)
            .stream()
            .map(client -> row(client, evaluations.getOrDefault(client.id(), List.of()),
                    Optional.ofNullable(coverage.get(client.id())), Optional.ofNullable(incidentStats.get(client.id())),
                    Optional.ofNullable(clientVoice.get(client.id())), Optional.ofNullable(staffVoice.get(client.id())),
                    Optional.ofNullable(renewals.get(client.id()))))
            .sorted(Comparator.comparing((ClientInsight c) -> !c.score().atRisk())
                .thenComparing(c -> -c.score().value())
                .thenComparing(c -> c.client().name()))
            .toList();
        return new PortfolioInsight(period, rows, correlations(rows), retention.revenueAtRisk(
                rows.stream().filter(r -> r.score().atRisk()).map(r -> r.client().id()).collect(Collectors.toSet())));
    }

    /** The per-client table as CSV (RFC 4180, UTF-8), the agency's clients only. */
    @Transactional(readOnly = true)
    public String csv(InsightPeriod period) {
        return InsightCsv.of(portfolio(period));
    }

    private static ClientInsight row(ClientDetails client, List<SlaEvaluation> evaluations,
            Optional<ClientCoverage> coverage, Optional<IncidentStats> stats, Optional<Satisfaction> voice,
            Optional<Satisfaction> staff, Optional<ClientRenewal> renewal) {
        long eligible = evaluations.stream().mapToLong(SlaEvaluation::eligible).sum();
        long good = evaluations.stream().mapToLong(SlaEvaluation::good).sum();
        OptionalDouble availability = eligible == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) good / eligible);
        Verdict verdict = evaluations.stream()
            .map(SlaEvaluation::verdict)
            .min(Comparator.comparingInt(InsightService::severity))
            .orElse(Verdict.NO_DATA);
        OptionalDouble coverageShare = coverage.map(c -> c.counts().coverage()).orElse(OptionalDouble.empty());
        double target = coverage.map(c -> c.policy().targetPercent()).orElse(Double.NaN);
        int incidentCount = stats.map(IncidentStats::incidents).orElse(0);
        OptionalDouble nps = voice.map(Satisfaction::nps).orElse(OptionalDouble.empty());
        OptionalDouble csat = voice.map(Satisfaction::csat).orElse(OptionalDouble.empty());
        OptionalDouble gap = coverageShare.isPresent() ? OptionalDouble.of(target - coverageShare.getAsDouble() * 100)
                : OptionalDouble.empty();
        AtRiskScore score = AtRiskScore.of(new RiskFactors(shortfall(verdict), incidentCount, gap, nps, csat));
        return new ClientInsight(client, availability, verdict, evaluations.size(), coverageShare, target,
                incidentCount, stats.flatMap(IncidentStats::medianTimeToResolve), nps,
                voice.map(Satisfaction::npsAnswers).orElse(0), csat, voice.map(Satisfaction::csatAnswers).orElse(0),
                staff.map(Satisfaction::csat).orElse(OptionalDouble.empty()),
                staff.map(Satisfaction::csatAnswers).orElse(0), renewal, score);
    }

    /** Lower is worse: missed, at risk, met, no data. */
    private static int severity(Verdict verdict) {
        return switch (verdict) {
            case MISSED -> 0;
            case AT_RISK -> 1;
            case MET -> 2;
            case NO_DATA -> 3;
        };
    }

    private static OptionalDouble shortfall(Verdict verdict) {
        return switch (verdict) {
            case MISSED -> OptionalDouble.of(1);
            case AT_RISK -> OptionalDouble.of(0.5);
            case MET -> OptionalDouble.of(0);
            case NO_DATA -> OptionalDouble.empty();
        };
    }

    private static List<Correlation> correlations(List<ClientInsight> rows) {
        return List.of(correlate(rows, RELIABILITY, ClientInsight::slaAvailability, "NPS", ClientInsight::nps),
                correlate(rows, RELIABILITY, ClientInsight::slaAvailability, "CSAT", ClientInsight::csat),
                correlate(rows, RELIABILITY, ClientInsight::slaAvailability, "Renewal (renewed 1, churned 0)",
                        ClientInsight::renewalOutcome),
                correlate(rows, "Consent coverage", ClientInsight::consentCoverage, "NPS", ClientInsight::nps));
    }

    /** Over the clients that have both measures. */
    private static Correlation correlate(List<ClientInsight> rows, String xName,
            Function<ClientInsight, OptionalDouble> x, String yName, Function<ClientInsight, OptionalDouble> y) {
        List<ClientInsight> paired = rows.stream()
            .filter(r -> x.apply(r).isPresent() && y.apply(r).isPresent())
            .toList();
        return new Correlation(xName, yName, Spearman.of(values(paired, r -> x.apply(r).getAsDouble()),
                values(paired, r -> y.apply(r).getAsDouble())));
    }

    private static double[] values(List<ClientInsight> rows, ToDoubleFunction<ClientInsight> value) {
        return rows.stream().mapToDouble(value).toArray();
    }

}
