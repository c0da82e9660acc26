package io.plumbline.sla;

import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.TimeRange;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.internal.DayTiling;
import io.plumbline.sla.internal.SlaCalculator;
import io.plumbline.sla.internal.SlaCalculator.Exclusion;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance: SLAs judged from the metric rollups, one at a time (current window, monthly
 * history, any interval) or every visible SLA at once, planned so that each source is
 * read once per batch. Who may read what is {@link SlaService}'s: every SLA, campaign and
 * maintenance window comes from there.
 */
@Service
public class SlaEvaluationService {

    private final SlaService slas;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    private final Clock clock;

    SlaEvaluationService(SlaService slas, ClientService clients, IntegrationService integrations,
            MetricsService metrics, Clock clock) {
        this.slas = slas;
        this.clients = clients;
        this.integrations = integrations;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The SLA over its current window: this month so far, or the last 7 or 30 days. */
    @Transactional(readOnly = true)
    public SlaStatus status(SlaId id) {
        SlaDetails sla = require(id);
        ZoneId zone = zoneOf(sla);
        Instant now = clock.instant();
        Interval window = sla.window().current(now, zone);
        return new SlaStatus(sla, evaluate(sla, zone, window, now, horizon(sla, window, now)));
    }

    /**
     * How far a current window's forecast looks: the month's end, or one window ahead.
     */
    private static Instant horizon(SlaDetails sla, Interval window, Instant now) {
        return sla.window() == EvaluationWindow.CALENDAR_MONTH ? window.end() : now.plus(window.length());
    }

    /**
     * Calendar months in the client's time zone, this month first, whatever the SLA's own
     * window: each month judged like {@link #evaluateAllOver} judges an interval (day
     * rollups where no boundary cuts a day), in one read per granularity for all months.
     */
    @Transactional(readOnly = true)
    public List<MonthlyCompliance> history(SlaId id, int months) {
        return judgeMonths(id, months, true).entrySet()
            .stream()
            .map(month -> new MonthlyCompliance(month.getKey(), month.getValue()))
            .toList();
    }

    /**
     * The availability of each month of {@link #history}, for charts that show nothing
     * else: the same counts, without reading the latency histograms a p95 objective's
     * verdict needs.
     */
    @Transactional(readOnly = true)
    public List<MonthlyAvailability> availabilityHistory(SlaId id, int months) {
        return judgeMonths(id, months, false).entrySet()
            .stream()
            .map(month -> new MonthlyAvailability(month.getKey(), month.getValue().availability()))
            .toList();
    }

    /**
     * The SLA judged over its client's last {@code months} calendar months, this month
     * first.
     */
    private Map<YearMonth, SlaEvaluation> judgeMonths(SlaId id, int months, boolean withLatency) {
        SlaDetails sla = require(id);
        ZoneId zone = zoneOf(sla);
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<IntegrationId> covered = covered(sla);
        List<MaintenanceWindow> windows = slas.maintenance(sla.client());
        List<CampaignWindow> campaignWindows = slas.campaigns(sla.id());
        List<YearMonth> monthsBack = IntStream.range(0, months).mapToObj(current::minusMonths).toList();
        DayTiling.Planner planner = new DayTiling.Planner(now, metrics.minuteRollupHorizon());
        List<SlaEvaluation> evaluations = judgeTiled(monthsBack.stream().map(month -> {
            Interval interval = EvaluationWindow.month(month, zone);
            return plan(sla, zone, interval, interval.end(), covered, windows, campaignWindows, planner, withLatency,
                    EvaluationDetail.FIGURES);
        }).toList(), now);
        Map<YearMonth, SlaEvaluation> byMonth = new LinkedHashMap<>();
        for (int back = 0; back < months; back++) {
            byMonth.put(monthsBack.get(back), evaluations.get(back));
        }
        return byMonth;
    }

    /**
     * The SLA judged over any interval that has begun, e.g. the 30 days before an
     * incident's fix; an interval still running is judged as of now, like a current
     * window.
     */
    @Transactional(readOnly = true)
    public SlaEvaluation evaluateOver(SlaId id, Interval interval) {
        SlaDetails sla = require(id);
        Instant now = clock.instant();
        if (!now.isAfter(interval.start())) {
            throw new InvalidInputException("interval", "The interval has not begun yet.");
        }
        return evaluate(sla, zoneOf(sla), interval, now, interval.end());
    }

    private SlaEvaluation evaluate(SlaDetails sla, ZoneId zone, Interval window, Instant now, Instant horizon) {
        List<IntegrationId> covered = covered(sla);
        return judge(sla, zone, window, now, horizon, covered, slas.maintenance(sla.client()), slas.campaigns(sla.id()),
                metrics.buckets(covered, Granularity.HOUR, window.start(), window.end()));
    }

    private List<IntegrationId> covered(SlaDetails sla) {
        return sla.clientWide() ? integrations.listForClient(sla.client()).stream().map(IntegrationDetails::id).toList()
                : List.of(sla.integration());
    }

    /**
     * Every visible SLA judged over one interval that has begun, for portfolio views: the
     * same counts (eligible, good, excluded), budget, breaches, verdict, forecast kind
     * and campaign judgements as {@link #evaluateOver} gives, from one read per source
     * for all SLAs. Days come from day rollups, hours and minutes only where they tell
     * something apart ({@link DayTiling}), so the burn-down has a point per stretch of
     * hours there instead of per hour (and an exhausted budget's date is that point's).
     * Only SLAs whose objectives (or a campaign's) ask for them get a p95 (latency
     * histograms are read for them only) and a worst day (the others have neither).
     */
    @Transactional(readOnly = true)
    public Map<SlaId, SlaEvaluation> evaluateAllOver(Interval interval) {
        return evaluateAllOver(interval, EvaluationDetail.FULL);
    }

    /**
     * As {@link #evaluateAllOver(Interval)}; with {@link EvaluationDetail#FIGURES} the
     * runs of whole days no boundary cuts are read as one sum per integration, for views
     * that show the figures but not the burn-down.
     */
    @Transactional(readOnly = true)
    public Map<SlaId, SlaEvaluation> evaluateAllOver(Interval interval, EvaluationDetail detail) {
        return evaluateAllOver(List.of(interval), detail).get(interval);
    }

    /**
     * As {@link #evaluateAllOver(Interval, EvaluationDetail)} over several intervals at
     * once (a period and the one before it), read together: each source once for all of
     * them.
     */
    @Transactional(readOnly = true)
    public Map<Interval, Map<SlaId, SlaEvaluation>> evaluateAllOver(List<Interval> intervals, EvaluationDetail detail) {
        Instant now = clock.instant();
        if (intervals.stream().anyMatch(interval -> !now.isAfter(interval.start()))) {
            throw new InvalidInputException("interval", "The interval has not begun yet.");
        }
        List<SlaDetails> all = slas.list();
        Batch batch = batch(now);
        List<Judged> judged = intervals.stream()
            .distinct()
            .flatMap(interval -> all.stream().map(sla -> batch.plan(sla, interval, interval.end(), detail)))
            .toList();
        List<SlaEvaluation> evaluations = judgeTiled(judged, now);
        Map<Interval, Map<SlaId, SlaEvaluation>> byInterval = new LinkedHashMap<>();
        for (int i = 0; i < judged.size(); i++) {
            byInterval.computeIfAbsent(judged.get(i).interval(), k -> new LinkedHashMap<>())
                .put(judged.get(i).sla().id(), evaluations.get(i));
        }
        intervals.forEach(interval -> byInterval.putIfAbsent(interval, Map.of()));
        return byInterval;
    }

    /**
     * Every visible SLA over its own current window, judged as {@link #status} judges it
     * (the same counts, budget, verdict and forecast), from one read per source for all
     * SLAs like {@link #evaluateAllOver(Interval, EvaluationDetail)}; in the order of
     * {@link SlaService#list}. With {@link EvaluationDetail#FIGURES} the burn-down is
     * left coarse.
     */
    @Transactional(readOnly = true)
    public List<SlaStatus> statuses(EvaluationDetail detail) {
        Instant now = clock.instant();
        List<SlaDetails> all = slas.list();
        Batch batch = batch(now);
        List<Judged> judged = all.stream().map(sla -> {
            Interval window = sla.window().current(now, batch.zones().get(sla.client()));
            return batch.plan(sla, window, horizon(sla, window, now), detail);
        }).toList();
        List<SlaEvaluation> evaluations = judgeTiled(judged, now);
        return IntStream.range(0, all.size()).mapToObj(i -> new SlaStatus(all.get(i), evaluations.get(i))).toList();
    }

    /**
     * The client's last {@code days} local days (today, so far, included) as uptime
     * strips: the client's and each integration's, each day counted as the SLA math
     * counts (a bucket on the day its start falls on, maintenance excluded), from one
     * read of day, hour and minute rollups for all integrations ({@link DayTiling} with
     * cuts at local midnight). A client of another agency or, for a client user, another
     * client is "not found".
     */
    @Transactional(readOnly = true)
    public ClientUptime uptime(ClientId clientId, int days) {
        if (days < 1 || days > 400) {
            throw new InvalidInputException("days", "Between 1 and 400 days.");
        }
        ClientDetails client = clients.find(clientId).orElseThrow(() -> new NotFoundException("No such client"));
        ZoneId zone = client.timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Interval window = new Interval(today.minusDays(days - 1L).atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        List<IntegrationDetails> registered = integrations.listForClient(clientId);
        List<IntegrationId> covered = registered.stream().map(IntegrationDetails::id).toList();
        List<MaintenanceWindow> windows = slas.maintenance(clientId);
        List<Exclusion> exclusions = exclusions(windows, window, zone);
        List<MetricBucket> buckets = List.of();
        if (!covered.isEmpty()) {
            DayTiling.Plan plan = DayTiling.plan(window, now, zone, boundaries(window, exclusions, List.of()),
                    metrics.minuteRollupHorizon(), true);
            buckets = DayTiling.assemble(plan, covered,
                    byStart(metrics.buckets(covered, Granularity.DAY, List.of(plan.days()), false)),
                    byStart(read(covered, Granularity.HOUR, plan.hourRanges())),
                    byStart(read(covered, Granularity.MINUTE, plan.splitRanges())), List.of(), Map.of(), false);
        }
        List<SlaDetails> clientSlas = slas.list().stream().filter(s -> s.client().equals(clientId)).toList();
        SlaDetails clientWide = clientSlas.stream().filter(SlaDetails::clientWide).findFirst().orElse(null);
        UptimeHistory overall = history(null, zone, window, now, days, clientWide, buckets, exclusions);
        Map<IntegrationId, UptimeHistory> each = new LinkedHashMap<>();
        for (IntegrationId integration : covered) {
            SlaDetails own = clientSlas.stream()
                .filter(s -> integration.equals(s.integration()))
                .findFirst()
                .orElse(clientWide);
            List<MetricBucket> its = buckets.stream().filter(b -> b.integration().equals(integration)).toList();
            List<Exclusion> itsExclusions = exclusions.stream()
                .filter(e -> e.integration() == null || e.integration().equals(integration))
                .toList();
            each.put(integration, history(integration, zone, window, now, days, own, its, itsExclusions));
        }
        return new ClientUptime(clientId, overall, each);
    }

    private List<MetricBucket> read(List<IntegrationId> covered, Granularity granularity, List<TimeRange> ranges) {
        return ranges.isEmpty() ? List.of() : metrics.buckets(covered, granularity, ranges, false);
    }

    private static Map<IntegrationId, NavigableMap<Instant, MetricBucket>> byStart(List<MetricBucket> buckets) {
        Map<IntegrationId, NavigableMap<Instant, MetricBucket>> byIntegration = new HashMap<>();
        buckets.forEach(b -> byIntegration.computeIfAbsent(b.integration(), i -> new TreeMap<>()).put(b.start(), b));
        return byIntegration;
    }

    private static UptimeHistory history(IntegrationId integration, ZoneId zone, Interval window, Instant now, int days,
            SlaDetails objective, List<MetricBucket> buckets, List<Exclusion> exclusions) {
        SlaCalculator.Input input = new SlaCalculator.Input(window, now, window.end(), zone,
                objective == null ? Objectives.availabilityOnly(100) : objective.objectives(), exclusions, List.of(),
                buckets);
        SlaEvaluation evaluation = SlaCalculator.evaluate(input);
        Map<LocalDate, SlaCalculator.DayCounts> counted = SlaCalculator.dailyCounts(input)
            .stream()
            .collect(Collectors.toMap(SlaCalculator.DayCounts::date, d -> d));
        LocalDate first = LocalDate.ofInstant(window.start(), zone);
        List<UptimeDay> strip = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            Interval day = new Interval(date.atStartOfDay(zone).toInstant(),
                    date.plusDays(1).atStartOfDay(zone).toInstant());
            boolean maintenance = exclusions.stream().anyMatch(e -> e.interval().intersect(day).isPresent());
            SlaCalculator.DayCounts c = counted.get(date);
            strip.add(c == null ? new UptimeDay(date, 0, 0, 0, maintenance)
                    : new UptimeDay(date, c.eligible(), c.good(), c.excluded(), maintenance));
        }
        return new UptimeHistory(integration, zone, window, evaluation.asOf(), objective, strip, evaluation.eligible(),
                evaluation.good(), evaluation.excluded());
    }

    /** What judging every SLA at once needs besides the SLAs, read once per batch. */
    private record Batch(Map<ClientId, ZoneId> zones, Map<ClientId, List<IntegrationId>> integrationsByClient,
            Map<ClientId, List<MaintenanceWindow>> maintenanceByClient, Map<SlaId, List<CampaignWindow>> campaignsBySla,
            DayTiling.Planner planner) {

        Judged plan(SlaDetails sla, Interval interval, Instant horizon, EvaluationDetail detail) {
            return SlaEvaluationService.plan(sla, zones.get(sla.client()), interval, horizon,
                    sla.clientWide() ? integrationsByClient.getOrDefault(sla.client(), List.of())
                            : List.of(sla.integration()),
                    maintenanceByClient.getOrDefault(sla.client(), List.of()),
                    campaignsBySla.getOrDefault(sla.id(), List.of()), planner, true, detail);
        }

    }

    private Batch batch(Instant now) {
        Map<ClientId, ZoneId> zones = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::timeZone));
        Map<ClientId, List<IntegrationId>> integrationsByClient = integrations.list()
            .stream()
            .collect(Collectors.groupingBy(IntegrationDetails::client,
                    Collectors.mapping(IntegrationDetails::id, Collectors.toList())));
        return new Batch(zones, integrationsByClient, slas.maintenanceByClient(), slas.campaignsBySla(),
                new DayTiling.Planner(now, metrics.minuteRollupHorizon()));
    }

    /**
     * What judging one SLA over one interval from day, hour and minute rollups needs
     * read; latency histograms only if {@code latencyWanted} and an objective asks for a
     * p95.
     */
    private static Judged plan(SlaDetails sla, ZoneId zone, Interval interval, Instant horizon,
            List<IntegrationId> covered, List<MaintenanceWindow> windows, List<CampaignWindow> campaignWindows,
            DayTiling.Planner planner, boolean latencyWanted, EvaluationDetail detail) {
        List<Exclusion> exclusions = exclusions(windows, interval, zone);
        boolean localDays = asks(sla, campaignWindows, o -> o.maxDailyErrorRatePercent() != null);
        DayTiling.Plan plan = planner.plan(interval, zone, boundaries(interval, exclusions, campaignWindows),
                localDays);
        return new Judged(sla, zone, interval, horizon, covered, exclusions, campaignWindows, plan,
                latencyWanted && asks(sla, campaignWindows, o -> o.p95LatencyMs() != null), localDays,
                // Worst days need each local day on its own.
                detail == EvaluationDetail.FIGURES && !localDays);
    }

    /**
     * The planned judgements, in their order, from one read per granularity and set of
     * ranges.
     */
    private List<SlaEvaluation> judgeTiled(List<Judged> judged, Instant now) {
        Map<IntegrationId, NavigableMap<Instant, MetricBucket>> days = read(judged, Granularity.DAY,
                j -> j.summed() ? j.plan().cutDayRanges() : List.of(j.plan().days()));
        Map<IntegrationId, Map<TimeRange, MetricBucket>> sums = readSums(judged);
        Map<IntegrationId, NavigableMap<Instant, MetricBucket>> hours = read(judged, Granularity.HOUR,
                j -> j.plan().hourRanges());
        Map<IntegrationId, NavigableMap<Instant, MetricBucket>> minutes = read(judged, Granularity.MINUTE,
                j -> j.plan().splitRanges());
        return judged.stream().map(j -> {
            SlaEvaluation evaluation = SlaCalculator
                .evaluate(new SlaCalculator.Input(j.interval(), now, j.horizon(), j.zone(), j.sla().objectives(),
                        j.exclusions(), j.campaigns(), DayTiling.assemble(j.plan(), j.covered(), days, hours, minutes,
                                j.summed() ? j.plan().wholeDayRuns() : List.of(), sums, j.withLatency())));
            return j.localDays() ? evaluation : DayTiling.withoutWorstDays(evaluation);
        }).toList();
    }

    /** One judgement of a batch: an SLA over an interval with what it needs read. */
    private record Judged(SlaDetails sla, ZoneId zone, Interval interval, Instant horizon, List<IntegrationId> covered,
            List<Exclusion> exclusions, List<CampaignWindow> campaigns, DayTiling.Plan plan, boolean withLatency,
            boolean localDays, boolean summed) {
    }

    /**
     * The buckets every SLA's plan asks for at one granularity, by integration and start:
     * one read per distinct set of integrations and ranges (with or without latency).
     */
    private Map<IntegrationId, NavigableMap<Instant, MetricBucket>> read(List<Judged> judged, Granularity granularity,
            Function<Judged, List<TimeRange>> ranges) {
        Map<IntegrationId, NavigableMap<Instant, MetricBucket>> byIntegration = new HashMap<>();
        reads(judged, ranges).forEach((read, wanted) -> metrics
            .buckets(read.integrations(), granularity, coalesce(wanted), read.withLatency())
            .forEach(bucket -> byIntegration.computeIfAbsent(bucket.integration(), i -> new TreeMap<>())
                .merge(bucket.start(), bucket, SlaEvaluationService::withLatencyKept)));
        return byIntegration;
    }

    /**
     * The sums of day buckets over every summed plan's runs of whole days, by integration
     * and run.
     */
    private Map<IntegrationId, Map<TimeRange, MetricBucket>> readSums(List<Judged> judged) {
        Map<IntegrationId, Map<TimeRange, MetricBucket>> byIntegration = new HashMap<>();
        reads(judged, j -> j.summed() ? j.plan().wholeDayRuns() : List.of()).forEach((read, runs) -> metrics
            .sums(read.integrations(), Granularity.DAY, runs.stream().distinct().toList(), read.withLatency())
            .forEach((integration, sums) -> sums
                .forEach((run, sum) -> byIntegration.computeIfAbsent(integration, i -> new HashMap<>())
                    .merge(run, sum, SlaEvaluationService::withLatencyKept))));
        return byIntegration;
    }

    /**
     * The ranges each group of integrations needs read (with or without latency): plans
     * that ask for the same ranges share a read, and judgements of the same integrations
     * (one SLA's months) share one of all their ranges.
     */
    private static Map<BucketRead, List<TimeRange>> reads(List<Judged> judged,
            Function<Judged, List<TimeRange>> ranges) {
        Map<RangesWanted, Set<IntegrationId>> groups = new LinkedHashMap<>();
        for (Judged j : judged) {
            List<TimeRange> wanted = ranges.apply(j);
            if (!wanted.isEmpty() && !j.covered().isEmpty()) {
                groups.computeIfAbsent(new RangesWanted(wanted, j.withLatency()), k -> new LinkedHashSet<>())
                    .addAll(j.covered());
            }
        }
        Map<BucketRead, List<TimeRange>> reads = new LinkedHashMap<>();
        groups.forEach((wanted, ids) -> reads.merge(new BucketRead(ids, wanted.withLatency()), wanted.ranges(),
                (known, more) -> Stream.concat(known.stream(), more.stream()).toList()));
        return reads;
    }

    /** Ranges some judgements want read, with or without latency histograms. */
    private record RangesWanted(List<TimeRange> ranges, boolean withLatency) {
    }

    /** One read of rollups: these integrations, with or without latency histograms. */
    private record BucketRead(Set<IntegrationId> integrations, boolean withLatency) {
    }

    /** Of the same bucket read with and without latency, the one with. */
    private static MetricBucket withLatencyKept(MetricBucket known, MetricBucket again) {
        return known.latency().bins().isEmpty() ? again : known;
    }

    /**
     * The ranges in order, overlapping or touching ones joined, so no bucket is read
     * twice.
     */
    private static List<TimeRange> coalesce(List<TimeRange> ranges) {
        List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::from)).toList();
        List<TimeRange> joined = new ArrayList<>();
        for (TimeRange range : sorted) {
            TimeRange last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && !range.from().isAfter(last.to())) {
                joined.set(joined.size() - 1,
                        new TimeRange(last.from(), range.to().isAfter(last.to()) ? range.to() : last.to()));
            }
            else {
                joined.add(range);
            }
        }
        return joined;
    }

    /**
     * Whether the SLA's objectives or those of one of its campaigns ask for something (a
     * p95, a daily limit).
     */
    private static boolean asks(SlaDetails sla, List<CampaignWindow> campaignWindows, Predicate<Objectives> objective) {
        return objective.test(sla.objectives())
                || campaignWindows.stream().map(CampaignWindow::objectives).anyMatch(objective);
    }

    /**
     * The SLA over the window from loaded sources; reads minute rollups only for hours
     * cut by a boundary.
     */
    private SlaEvaluation judge(SlaDetails sla, ZoneId zone, Interval window, Instant now, Instant horizon,
            List<IntegrationId> covered, List<MaintenanceWindow> windows, List<CampaignWindow> campaignWindows,
            List<MetricBucket> hours) {
        List<Exclusion> exclusions = exclusions(windows, window, zone);
        Set<Instant> split = SlaCalculator.splitHours(boundaries(window, exclusions, campaignWindows),
                metrics.minuteRollupHorizon());
        List<MetricBucket> minutes = covered.isEmpty() ? List.of() : split.stream()
            .flatMap(
                    hour -> metrics.buckets(covered, Granularity.MINUTE, hour, hour.plus(Duration.ofHours(1))).stream())
            .toList();
        return SlaCalculator.evaluate(new SlaCalculator.Input(window, now, horizon, zone, sla.objectives(), exclusions,
                campaignWindows, SlaCalculator.combine(hours, split, minutes)));
    }

    private static List<Exclusion> exclusions(List<MaintenanceWindow> windows, Interval window, ZoneId zone) {
        return windows.stream()
            .flatMap(m -> m.schedule().occurrences(window, zone).stream().map(i -> new Exclusion(i, m.integration())))
            .toList();
    }

    /**
     * Where a bucket's membership can change: the window's, the maintenance occurrences'
     * and the campaigns' edges.
     */
    private static List<Instant> boundaries(Interval window, List<Exclusion> exclusions,
            List<CampaignWindow> campaignWindows) {
        return Stream
            .of(Stream.of(window.start(), window.end()),
                    exclusions.stream().flatMap(e -> Stream.of(e.interval().start(), e.interval().end())),
                    campaignWindows.stream().flatMap(c -> Stream.of(c.interval().start(), c.interval().end())))
            .flatMap(s -> s)
            .toList();
    }

    private ZoneId zoneOf(SlaDetails sla) {
        return clients.find(sla.client())
            .map(ClientDetails::timeZone)
            .orElseThrow(() -> new NotFoundException("No such SLA"));
    }

    private SlaDetails require(SlaId id) {
        return slas.find(id).orElseThrow(() -> new NotFoundException("No such SLA"));
    }

}
