package io.plumbline.dashboard;

import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentPolicy;
import io.plumbline.consent.ConsentService;
import io.plumbline.dashboard.Kpi.Better;
import io.plumbline.dashboard.Kpi.Unit;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentFilter;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentStats;
import io.plumbline.incident.RootCause;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.ClientInsight;
import io.plumbline.insight.InsightPeriod;
import io.plumbline.insight.InsightService;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.metrics.MetricsService;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.RetentionService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.EvaluationDetail;
import io.plumbline.sla.Interval;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaId;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive dashboard's figures, agency staff only. Each source is read once per
 * period with its batch method (all SLAs, all incidents, consent overview, satisfaction
 * by client, renewal status), never once per client.
 */
@Service
public class DashboardService {

    private final ClientService clients;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final IncidentService incidents;

    private final ConsentService consent;

    private final SatisfactionService satisfaction;

    private final RetentionService retention;

    private final MetricsService metrics;

    private final InsightService insight;

    private final Clock clock;

    DashboardService(ClientService clients, SlaService slas, SlaEvaluationService compliance, IncidentService incidents,
            ConsentService consent, SatisfactionService satisfaction, RetentionService retention,
            MetricsService metrics, InsightService insight, Clock clock) {
        this.clients = clients;
        this.slas = slas;
        this.compliance = compliance;
        this.incidents = incidents;
        this.consent = consent;
        this.satisfaction = satisfaction;
        this.retention = retention;
        this.metrics = metrics;
        this.insight = insight;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Portfolio portfolio(DashboardPeriod period) {
        Instant now = clock.instant();
        return portfolio(period.current(now), period.previous(now));
    }

    /**
     * The portfolio over any interval that has begun, beside another one to compare with:
     * the executive report's periods (a month in the agency's time zone) are not the
     * dashboard's.
     */
    @Transactional(readOnly = true)
    public Portfolio portfolio(Interval current, Interval previous) {
        Access.requireAgencyStaff();
        Instant now = clock.instant();
        List<ClientDetails> active = clients.list(false);
        List<SlaDetails> slaList = slas.list();
        List<IncidentDetails> allIncidents = incidents.list(IncidentFilter.all());
        InsightPeriod riskPeriod = insightPeriod(current, now);
        // Both periods and insight's (the current one up to yesterday) judged in one
        // read.
        Map<Interval, Map<SlaId, SlaEvaluation>> judged = compliance
            .evaluateAllOver(List.of(current, previous, riskPeriod.interval()), EvaluationDetail.FIGURES);
        Snapshot now_ = snapshot(current, now, judged.get(current), slaList, allIncidents);
        Snapshot before = snapshot(previous, now, judged.get(previous), slaList, allIncidents);
        Map<ClientId, ClientRenewal> renewals = retention.renewalStatus()
            .stream()
            .collect(Collectors.toMap(ClientRenewal::client, Function.identity()));
        PortfolioInsight risks = insight.portfolio(riskPeriod, judged.get(riskPeriod.interval()));
        Map<ClientId, AtRiskScore> scores = scores(risks);
        List<ClientRow> rows = active.stream()
            .map(c -> now_.row(c, renewals.get(c.id()), scores.get(c.id())))
            .sorted(Comparator.comparingDouble((ClientRow r) -> r.risk().value())
                .reversed()
                .thenComparing(ClientRow::name))
            .toList();
        PortfolioKpis kpis = new PortfolioKpis(
                new Kpi("SLAs met", now_.slasMetShare(), before.slasMetShare(), Better.HIGHER, Unit.SHARE_WHOLE),
                new Kpi("Availability", now_.meanAvailability(), before.meanAvailability(), Better.HIGHER,
                        Unit.SHARE_TWO_DECIMALS),
                new Kpi("Budget burn", now_.burnRate(), before.burnRate(), Better.LOWER, Unit.TIMES),
                new Kpi("Consent", now_.consentCoverage(), before.consentCoverage(), Better.HIGHER,
                        Unit.SHARE_ONE_DECIMAL),
                new Kpi("NPS", now_.pooledSatisfaction().nps(), before.pooledSatisfaction().nps(), Better.HIGHER,
                        Unit.SIGNED),
                new Kpi("CSAT", now_.pooledSatisfaction().csat(), before.pooledSatisfaction().csat(), Better.HIGHER,
                        Unit.PERCENT),
                new Kpi("Time to resolve", now_.medianHoursToResolve(), before.medianHoursToResolve(), Better.LOWER,
                        Unit.HOURS),
                new Kpi("Open incidents", OptionalDouble.of(now_.openAtEnd().size()),
                        OptionalDouble.of(before.openAtEnd().size()), Better.LOWER, Unit.COUNT),
                risks.revenueAtRisk());
        return new Portfolio(current, previous, kpis, rows, now_.incidentsPerWeek(), now_.consentTrend(), risks);
    }

    /**
     * One client over the period; a client of another agency (or archived away) is "not
     * found".
     */
    @Transactional(readOnly = true)
    public ClientDrillDown client(ClientId id, DashboardPeriod period) {
        Access.requireAgencyStaff();
        ClientDetails client = clients.find(id).orElseThrow(() -> new NotFoundException("No such client"));
        Instant now = clock.instant();
        Interval current = period.current(now);
        List<SlaDetails> own = slas.list().stream().filter(s -> s.client().equals(id)).toList();
        List<IncidentDetails> ownIncidents = incidents.list(IncidentFilter.forClient(id));
        InsightPeriod riskPeriod = insightPeriod(current, now);
        Map<Interval, Map<SlaId, SlaEvaluation>> judged = compliance
            .evaluateAllOver(List.of(current, riskPeriod.interval()), EvaluationDetail.FIGURES);
        Snapshot snapshot = snapshot(current, now, judged.get(current), own, ownIncidents);
        AtRiskScore score = scores(insight.portfolio(riskPeriod, judged.get(riskPeriod.interval()))).get(id);
        ClientRow row = snapshot.row(client, retention.renewalStatus(id).orElse(null), score);
        return new ClientDrillDown(period, current, row, snapshot.results().getOrDefault(id, List.of()),
                own.stream().map(sla -> compliance.status(sla.id())).toList(),
                metrics.clientHealth(id, current.start(), current.end()),
                snapshot.detected().getOrDefault(id, List.of()),
                snapshot.coverage().get(id) != null ? snapshot.coverage().get(id)
                        : consent.clientCoverage(id, firstDay(current),
                                current.end().isBefore(now) ? lastDay(current) : consent.today(id)),
                retention.contracts(id));
    }

    /**
     * The at-risk score needs finished days (insight judges whole UTC days up to
     * yesterday): the period's days up to yesterday, or only yesterday on a period's
     * first day.
     */
    static InsightPeriod insightPeriod(Interval interval, Instant now) {
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        LocalDate to = lastDay(interval).isBefore(yesterday) ? lastDay(interval) : yesterday;
        LocalDate from = firstDay(interval).isAfter(to) ? to : firstDay(interval);
        return new InsightPeriod(InsightPeriod.Kind.CUSTOM, from, to);
    }

    private static Map<ClientId, AtRiskScore> scores(PortfolioInsight risks) {
        return risks.clients().stream().collect(Collectors.toMap(c -> c.client().id(), ClientInsight::score));
    }

    private Snapshot snapshot(Interval interval, Instant now, Map<SlaId, SlaEvaluation> evaluations,
            List<SlaDetails> slaList, List<IncidentDetails> allIncidents) {
        Map<ClientId, List<SlaResult>> results = slaList.stream()
            .map(sla -> new SlaResult(sla, evaluations.get(sla.id())))
            .collect(Collectors.groupingBy(r -> r.sla().client(), LinkedHashMap::new, Collectors.toList()));
        Map<ClientId, List<IncidentDetails>> detected = allIncidents.stream()
            .filter(i -> interval.contains(i.detectedAt()))
            .collect(Collectors.groupingBy(IncidentDetails::client));
        List<IncidentDetails> openAtEnd = allIncidents.stream()
            .filter(i -> i.detectedAt().isBefore(interval.end())
                    && (i.resolvedAt() == null || !i.resolvedAt().isBefore(interval.end())))
            .toList();
        // A period still running ends on each client's own today (consent days are
        // counted in the client's time zone), not on the UTC date.
        List<ClientCoverage> consented = !interval.end().isBefore(now) ? consent.overviewSince(firstDay(interval))
                : consent.overview(firstDay(interval), lastDay(interval));
        Map<ClientId, ClientCoverage> coverage = consented.stream()
            .collect(Collectors.toMap(c -> c.client().id(), Function.identity()));
        Map<ClientId, Satisfaction> scores = satisfaction.byClientBetween(interval.start(), interval.end(),
                Audience.CLIENT);
        return new Snapshot(interval, results, detected, openAtEnd, coverage, scores);
    }

    private static LocalDate firstDay(Interval interval) {
        return LocalDate.ofInstant(interval.start(), ZoneOffset.UTC);
    }

    /** The interval's last day (its end is exclusive). */
    private static LocalDate lastDay(Interval interval) {
        return LocalDate.ofInstant(interval.end().minusNanos(1), ZoneOffset.UTC);
    }

    /** The sources' answers for one interval, and the figures derived from them. */
    private record Snapshot(Interval interval, Map<ClientId, List<SlaResult>> results,
            Map<ClientId, List<IncidentDetails>> detected, List<IncidentDetails> openAtEnd,
            Map<ClientId, ClientCoverage> coverage, Map<ClientId, Satisfaction> scores) {

        private List<SlaResult> withData() {
            return results.values()
                .stream()
                .flatMap(List::stream)
                .filter(r -> r.evaluation().verdict() != Verdict.NO_DATA)
                .toList();
        }

        /** SLAs met / SLAs with data, as a share. */
        OptionalDouble slasMetShare() {
            List<SlaResult> judged = withData();
            return judged.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble
                        .of((double) judged.stream().filter(r -> r.evaluation().verdict() == Verdict.MET).count()
                                / judged.size());
        }

        /** The plain mean of the availabilities of the SLAs with data. */
        OptionalDouble meanAvailability() {
            return withData().stream().mapToDouble(r -> r.evaluation().availability().getAsDouble()).average();
        }

        /**
         * Σ bad / Σ (1 − SLO) × eligible over every SLA: 1 spends the portfolio's budget
         * exactly.
         */
        OptionalDouble burnRate() {
            return burn(withData());
        }

        OptionalDouble consentCoverage() {
            return coverage.values()
                .stream()
                .map(c -> c.counts())
                .reduce(ConsentCounts.NONE, ConsentCounts::plus)
                .coverage();
        }

        /**
         * Every client's answers pooled: NPS and CSAT of the portfolio, not a mean of
         * client scores.
         */
        Satisfaction pooledSatisfaction() {
            int[] sum = new int[7];
            for (Satisfaction s : scores.values()) {
                sum[0] += s.promoters();
                sum[1] += s.passives();
                sum[2] += s.detractors();
                sum[3] += s.satisfied();
                sum[4] += s.csatAnswers();
                sum[5] += s.responses();
                sum[6] += s.comments();
            }
            return new Satisfaction(null, Audience.CLIENT, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                    sum[6]);
        }

        /**
         * Median time to resolve, in hours, of the incidents detected in the interval and
         * resolved.
         */
        OptionalDouble medianHoursToResolve() {
            List<IncidentDetails> all = detected.values().stream().flatMap(List::stream).toList();
            return IncidentStats.of(all)
                .medianTimeToResolve()
                .map(d -> OptionalDouble.of(d.toMillis() / 3_600_000.0))
                .orElse(OptionalDouble.empty());
        }

        /**
         * Incidents detected per ISO week (Monday, UTC) by cause, every week of the
         * interval present.
         */
        Map<LocalDate, Map<RootCause, Integer>> incidentsPerWeek() {
            Map<LocalDate, Map<RootCause, Integer>> weeks = new TreeMap<>();
            for (LocalDate week = monday(interval.start()); !week
                .isAfter(monday(interval.end().minusNanos(1))); week = week.plusWeeks(1)) {
                weeks.put(week, new HashMap<>());
            }
            detected.values()
                .stream()
                .flatMap(List::stream)
                .forEach(incident -> weeks.get(monday(incident.detectedAt())).merge(incident.cause(), 1, Integer::sum));
            return weeks;
        }

        List<Portfolio.DailyCoverage> consentTrend() {
            Map<LocalDate, ConsentCounts> byDay = new TreeMap<>();
            coverage.values()
                .stream()
                .flatMap(c -> c.trend().stream())
                .forEach(day -> byDay.merge(day.subject(), day.counts(), ConsentCounts::plus));
            return byDay.entrySet()
                .stream()
                .map(e -> new Portfolio.DailyCoverage(e.getKey(), e.getValue().coverage()))
                .toList();
        }

        ClientRow row(ClientDetails client, ClientRenewal renewal, AtRiskScore risk) {
            List<SlaResult> own = results.getOrDefault(client.id(), List.of());
            List<SlaResult> judged = own.stream().filter(r -> r.evaluation().verdict() != Verdict.NO_DATA).toList();
            long eligible = judged.stream().mapToLong(r -> r.evaluation().eligible()).sum();
            long good = judged.stream().mapToLong(r -> r.evaluation().good()).sum();
            OptionalDouble availability = eligible == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) good / eligible);
            OptionalDouble objective = own.stream().mapToDouble(r -> r.sla().objectives().availabilityPercent()).max();
            int incidentCount = detected.getOrDefault(client.id(), List.of()).size();
            int open = (int) openAtEnd.stream().filter(i -> i.client().equals(client.id())).count();
            ClientCoverage consented = coverage.get(client.id());
            OptionalDouble coverageShare = consented == null ? OptionalDouble.empty() : consented.counts().coverage();
            double target = consented == null ? ConsentPolicy.DEFAULT_TARGET : consented.policy().targetPercent();
            Satisfaction score = scores.get(client.id());
            OptionalDouble nps = score == null ? OptionalDouble.empty() : score.nps();
            OptionalDouble csat = score == null ? OptionalDouble.empty() : score.csat();
            int met = (int) judged.stream().filter(r -> r.evaluation().verdict() == Verdict.MET).count();
            return new ClientRow(client, own.size(), met, judged.size(), availability, objective, burn(judged),
                    incidentCount, open, coverageShare, target, nps, csat,
                    renewal == null ? Optional.empty() : renewal.nextRenewalIfAny(),
                    renewal == null ? Amounts.NONE : renewal.mrr(), risk);
        }

        private static OptionalDouble burn(List<SlaResult> judged) {
            double allowed = judged.stream()
                .mapToDouble(r -> r.sla().objectives().allowedFailureShare() * r.evaluation().eligible())
                .sum();
            long bad = judged.stream().mapToLong(r -> r.evaluation().bad()).sum();
            return allowed == 0 ? OptionalDouble.empty() : OptionalDouble.of(bad / allowed);
        }

        private static LocalDate monday(Instant instant) {
            return LocalDate.ofInstant(instant, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

}
