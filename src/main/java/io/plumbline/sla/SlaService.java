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
import io.plumbline.sla.SlaEvent.CampaignWindowAdded;
import io.plumbline.sla.SlaEvent.CampaignWindowRemoved;
import io.plumbline.sla.SlaEvent.MaintenanceWindowAdded;
import io.plumbline.sla.SlaEvent.MaintenanceWindowRemoved;
import io.plumbline.sla.SlaEvent.SlaChanged;
import io.plumbline.sla.SlaEvent.SlaCreated;
import io.plumbline.sla.SlaEvent.SlaDeleted;
import io.plumbline.sla.internal.DayTiling;
import io.plumbline.sla.internal.SlaCalculator;
import io.plumbline.sla.internal.SlaCalculator.Exclusion;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLAs, their campaign windows and the clients' maintenance windows; compliance computed
 * from rollups. Agency staff see the agency's SLAs, client users only their client's;
 * owners, admins and analysts change them.
 */
@Service
public class SlaService {

    private static final Duration LONGEST_CAMPAIGN = Duration.ofDays(92);

    private final SlaRepository slas;

    private final CampaignWindowRepository campaigns;

    private final MaintenanceWindowRepository maintenance;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SlaService(SlaRepository slas, CampaignWindowRepository campaigns, MaintenanceWindowRepository maintenance,
            ClientService clients, IntegrationService integrations, MetricsService metrics,
            ApplicationEventPublisher events, Clock clock) {
        this.slas = slas;
        this.campaigns = campaigns;
        this.maintenance = maintenance;
        this.clients = clients;
        this.integrations = integrations;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Owners, admins and analysts set SLAs and windows; executives and client users read
     * them.
     */

    @Transactional(readOnly = true)
    public List<SlaDetails> list() {
        TenantScope scope = requireReader();
        List<Sla> found = scope.isClientScope()
                ? slas.findByAgencyIdAndClientIdOrderByNameAsc(scope.agency().value(), scope.client().value())
                : slas.findByAgencyIdOrderByNameAsc(scope.agency().value());
        return found.stream().map(Sla::details).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SlaDetails> find(SlaId id) {
        return load(requireReader(), id).map(Sla::details);
    }

    @Transactional
    public SlaDetails create(SlaDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        validate(draft);
        SlaDetails details = slas.save(new Sla(new SlaId(UUID.randomUUID()), scope.agency(), draft, clock.instant()))
            .details();
        events.publishEvent(new SlaCreated(scope.agency(), details.client(), details.id(), details.name()));
        return details;
    }

    @Transactional
    public SlaDetails update(SlaId id, SlaDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        Sla sla = loadOrFail(scope, id);
        validate(draft);
        if (!draft.client().equals(sla.details().client())) {
            throw new InvalidInputException("client",
                    "An SLA stays with its client; create a new one for another client.");
        }
        sla.apply(draft);
        SlaDetails details = sla.details();
        events.publishEvent(new SlaChanged(scope.agency(), details.client(), id, details.name()));
        return details;
    }

    @Transactional
    public void delete(SlaId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        Sla sla = loadOrFail(scope, id);
        SlaDetails details = sla.details();
        campaigns.deleteByAgencyIdAndSlaId(scope.agency().value(), id.value());
        slas.delete(sla);
        events.publishEvent(new SlaDeleted(scope.agency(), details.client(), id, details.name()));
    }

    @Transactional(readOnly = true)
    public List<CampaignWindow> campaigns(SlaId id) {
        TenantScope scope = requireReader();
        SlaDetails sla = loadOrFail(scope, id).details();
        return campaignsOf(scope, sla);
    }

    @Transactional
    public CampaignWindow addCampaign(SlaId id, CampaignDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        SlaDetails sla = loadOrFail(scope, id).details();
        requireName(draft.name());
        if (draft.start() == null || draft.end() == null || !draft.end().isAfter(draft.start())) {
            throw new InvalidInputException("end", "The campaign must end after it starts.");
        }
        if (Duration.between(draft.start(), draft.end()).compareTo(LONGEST_CAMPAIGN) > 0) {
            throw new InvalidInputException("end", "A campaign window lasts at most 92 days.");
        }
        validate(draft.objectives());
        CampaignWindow window = campaigns
            .save(new CampaignWindowRow(new CampaignWindowId(UUID.randomUUID()), scope.agency(), sla, draft))
            .details();
        events.publishEvent(new CampaignWindowAdded(scope.agency(), sla.client(), id, window.name()));
        return window;
    }

    @Transactional
    public void removeCampaign(CampaignWindowId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        CampaignWindowRow row = campaigns.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such campaign window"));
        CampaignWindow window = row.details();
        SlaDetails sla = loadOrFail(scope, window.sla()).details();
        campaigns.delete(row);
        events.publishEvent(new CampaignWindowRemoved(scope.agency(), sla.client(), sla.id(), window.name()));
    }

    /** The client's maintenance windows: client-wide and per integration. */
    @Transactional(readOnly = true)
    public List<MaintenanceWindow> maintenance(ClientId client) {
        TenantScope scope = requireReader();
        if (!visible(scope, client)) {
            return List.of();
        }
        return maintenance.findByAgencyIdAndClientIdOrderByCreatedAtAsc(scope.agency().value(), client.value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .toList();
    }

    @Transactional
    public MaintenanceWindow addMaintenance(MaintenanceDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        requireClientAndIntegration(draft.client(), draft.integration());
        requireName(draft.name());
        switch (draft.schedule()) {
            case null -> throw new InvalidInputException("schedule", "Choose one-off or weekly.");
            case MaintenanceSchedule.OneOff once when once.start() == null || once.end() == null
                    || !once.end().isAfter(once.start()) ->
                throw new InvalidInputException("end", "The maintenance must end after it starts.");
            case MaintenanceSchedule.Weekly weekly when weekly.day() == null || weekly.localStart() == null
                    || weekly.duration() == null || weekly.duration().toMinutes() < 1
                    || weekly.duration().compareTo(Duration.ofDays(1)) > 0 ->
                throw new InvalidInputException("duration", "Choose a day, a start time and 1 minute to 24 hours.");
            default -> {
            }
        }
        MaintenanceWindow window = maintenance
            .save(new MaintenanceWindowRow(new MaintenanceWindowId(UUID.randomUUID()), scope.agency(), draft,
                    clock.instant()))
            .details();
        events.publishEvent(new MaintenanceWindowAdded(scope.agency(), window.client(), window.id(), window.name()));
        return window;
    }

    @Transactional
    public void removeMaintenance(MaintenanceWindowId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        MaintenanceWindowRow row = maintenance.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such maintenance window"));
        MaintenanceWindow window = row.details();
        maintenance.delete(row);
        events.publishEvent(new MaintenanceWindowRemoved(scope.agency(), window.client(), id, window.name()));
    }

    /** The SLA over its current window: this month so far, or the last 7 or 30 days. */
    @Transactional(readOnly = true)
    public SlaStatus status(SlaId id) {
        TenantScope scope = requireReader();
        SlaDetails sla = loadOrFail(scope, id).details();
        ZoneId zone = zoneOf(sla);
        Instant now = clock.instant();
        Interval window = sla.window().current(now, zone);
        Instant horizon = sla.window() == EvaluationWindow.CALENDAR_MONTH ? window.end() : now.plus(window.length());
        return new SlaStatus(sla, evaluate(scope, sla, zone, window, now, horizon));
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
        TenantScope scope = requireReader();
        SlaDetails sla = loadOrFail(scope, id).details();
        ZoneId zone = zoneOf(sla);
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<IntegrationId> covered = covered(sla);
        List<MaintenanceWindow> windows = maintenanceOf(scope, sla);
        List<CampaignWindow> campaignWindows = campaignsOf(scope, sla);
        List<YearMonth> monthsBack = IntStream.range(0, months).mapToObj(current::minusMonths).toList();
        DayTiling.Planner planner = new DayTiling.Planner(now, metrics.minuteRollupHorizon());
        List<SlaEvaluation> evaluations = judgeTiled(monthsBack.stream()
            .map(month -> plan(sla, zone, EvaluationWindow.month(month, zone), covered, windows, campaignWindows,
                    planner, withLatency, EvaluationDetail.FIGURES))
            .toList(), now);
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
        TenantScope scope = requireReader();
        SlaDetails sla = loadOrFail(scope, id).details();
        Instant now = clock.instant();
        if (!now.isAfter(interval.start())) {
            throw new InvalidInputException("interval", "The interval has not begun yet.");
        }
        return evaluate(scope, sla, zoneOf(sla), interval, now, interval.end());
    }

    private SlaEvaluation evaluate(TenantScope scope, SlaDetails sla, ZoneId zone, Interval window, Instant now,
            Instant horizon) {
        List<IntegrationId> covered = covered(sla);
        return judge(sla, zone, window, now, horizon, covered, maintenanceOf(scope, sla), campaignsOf(scope, sla),
                metrics.buckets(covered, Granularity.HOUR, window.start(), window.end()));
    }

    private List<IntegrationId> covered(SlaDetails sla) {
        return sla.clientWide() ? integrations.listForClient(sla.client()).stream().map(IntegrationDetails::id).toList()
                : List.of(sla.integration());
    }

    private List<MaintenanceWindow> maintenanceOf(TenantScope scope, SlaDetails sla) {
        return maintenance.findByAgencyIdAndClientIdOrderByCreatedAtAsc(scope.agency().value(), sla.client().value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .toList();
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
        TenantScope scope = requireReader();
        Instant now = clock.instant();
        if (intervals.stream().anyMatch(interval -> !now.isAfter(interval.start()))) {
            throw new InvalidInputException("interval", "The interval has not begun yet.");
        }
        List<SlaDetails> all = list();
        Map<ClientId, ZoneId> zones = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::timeZone));
        Map<ClientId, List<IntegrationId>> integrationsByClient = integrations.list()
            .stream()
            .collect(Collectors.groupingBy(IntegrationDetails::client,
                    Collectors.mapping(IntegrationDetails::id, Collectors.toList())));
        Map<ClientId, List<MaintenanceWindow>> maintenanceByClient = maintenance
            .findByAgencyIdOrderByCreatedAtAsc(scope.agency().value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .collect(Collectors.groupingBy(MaintenanceWindow::client));
        Map<SlaId, List<CampaignWindow>> campaignsBySla = campaigns
            .findByAgencyIdOrderByStartsAtAsc(scope.agency().value())
            .stream()
            .map(CampaignWindowRow::details)
            .collect(Collectors.groupingBy(CampaignWindow::sla));
        DayTiling.Planner planner = new DayTiling.Planner(now, metrics.minuteRollupHorizon());
        List<Judged> judged = intervals.stream()
            .distinct()
            .flatMap(interval -> all.stream()
                .map(sla -> plan(sla, zones.get(sla.client()), interval,
                        sla.clientWide() ? integrationsByClient.getOrDefault(sla.client(), List.of())
                                : List.of(sla.integration()),
                        maintenanceByClient.getOrDefault(sla.client(), List.of()),
                        campaignsBySla.getOrDefault(sla.id(), List.of()), planner, true, detail)))
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
     * What judging one SLA over one interval from day, hour and minute rollups needs
     * read; latency histograms only if {@code latencyWanted} and an objective asks for a
     * p95.
     */
    private static Judged plan(SlaDetails sla, ZoneId zone, Interval interval, List<IntegrationId> covered,
            List<MaintenanceWindow> windows, List<CampaignWindow> campaignWindows, DayTiling.Planner planner,
            boolean latencyWanted, EvaluationDetail detail) {
        List<Exclusion> exclusions = exclusions(windows, interval, zone);
        boolean localDays = asks(sla, campaignWindows, o -> o.maxDailyErrorRatePercent() != null);
        DayTiling.Plan plan = planner.plan(interval, zone, boundaries(interval, exclusions, campaignWindows),
                localDays);
        return new Judged(sla, zone, interval, covered, exclusions, campaignWindows, plan,
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
                .evaluate(new SlaCalculator.Input(j.interval(), now, j.interval().end(), j.zone(), j.sla().objectives(),
                        j.exclusions(), j.campaigns(), DayTiling.assemble(j.plan(), j.covered(), days, hours, minutes,
                                j.summed() ? j.plan().wholeDayRuns() : List.of(), sums, j.withLatency())));
            return j.localDays() ? evaluation : DayTiling.withoutWorstDays(evaluation);
        }).toList();
    }

    /** One judgement of a batch: an SLA over an interval with what it needs read. */
    private record Judged(SlaDetails sla, ZoneId zone, Interval interval, List<IntegrationId> covered,
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
        reads(judged, ranges)
            .forEach((group, wanted) -> metrics.buckets(group.getKey(), granularity, coalesce(wanted), group.getValue())
                .forEach(bucket -> byIntegration.computeIfAbsent(bucket.integration(), i -> new TreeMap<>())
                    .merge(bucket.start(), bucket, SlaService::withLatencyKept)));
        return byIntegration;
    }

    /**
     * The sums of day buckets over every summed plan's runs of whole days, by integration
     * and run.
     */
    private Map<IntegrationId, Map<TimeRange, MetricBucket>> readSums(List<Judged> judged) {
        Map<IntegrationId, Map<TimeRange, MetricBucket>> byIntegration = new HashMap<>();
        reads(judged,
                j -> j.summed() ? j.plan().wholeDayRuns() : List.of())
            .forEach((group, runs) -> metrics
                .sums(group.getKey(), Granularity.DAY, runs.stream().distinct().toList(), group.getValue())
                .forEach((integration, sums) -> sums
                    .forEach((run, sum) -> byIntegration.computeIfAbsent(integration, i -> new HashMap<>())
                        .merge(run, sum, SlaService::withLatencyKept))));
        return byIntegration;
    }

    /**
     * The ranges each group of integrations needs read (with or without latency): plans
     * that ask for the same ranges share a read, and judgements of the same integrations
     * (one SLA's months) share one of all their ranges.
     */
    private static Map<Map.Entry<Set<IntegrationId>, Boolean>, List<TimeRange>> reads(List<Judged> judged,
            Function<Judged, List<TimeRange>> ranges) {
        Map<Map.Entry<List<TimeRange>, Boolean>, Set<IntegrationId>> groups = new LinkedHashMap<>();
        for (Judged j : judged) {
            List<TimeRange> wanted = ranges.apply(j);
            if (!wanted.isEmpty() && !j.covered().isEmpty()) {
                groups.computeIfAbsent(Map.entry(wanted, j.withLatency()), k -> new LinkedHashSet<>())
                    .addAll(j.covered());
            }
        }
        Map<Map.Entry<Set<IntegrationId>, Boolean>, List<TimeRange>> reads = new LinkedHashMap<>();
        groups.forEach((group, ids) -> reads.merge(Map.entry(ids, group.getValue()), group.getKey(),
                (known, more) -> Stream.concat(known.stream(), more.stream()).toList()));
        return reads;
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

    private List<CampaignWindow> campaignsOf(TenantScope scope, SlaDetails sla) {
        return campaigns.findByAgencyIdAndSlaIdOrderByStartsAtAsc(scope.agency().value(), sla.id().value())
            .stream()
            .map(CampaignWindowRow::details)
            .toList();
    }

    private ZoneId zoneOf(SlaDetails sla) {
        return clients.find(sla.client())
            .map(ClientDetails::timeZone)
            .orElseThrow(() -> new NotFoundException("No such SLA"));
    }

    private static TenantScope requireReader() {
        return Access.require(Role.values());
    }

    private Optional<Sla> load(TenantScope scope, SlaId id) {
        return slas.findByAgencyIdAndId(scope.agency().value(), id.value())
            .filter(s -> visible(scope, s.details().client()));
    }

    private Sla loadOrFail(TenantScope scope, SlaId id) {
        return load(scope, id).orElseThrow(() -> new NotFoundException("No such SLA"));
    }

    private static boolean visible(TenantScope scope, ClientId client) {
        return !scope.isClientScope() || scope.client().equals(client);
    }

    private void validate(SlaDraft draft) {
        requireClientAndIntegration(draft.client(), draft.integration());
        requireName(draft.name());
        if (draft.window() == null) {
            throw new InvalidInputException("window", "Choose the evaluation window.");
        }
        validate(draft.objectives());
    }

    private void requireClientAndIntegration(ClientId client, IntegrationId integration) {
        if (client == null || clients.find(client).isEmpty()) {
            throw new InvalidInputException("client", "Choose the client.");
        }
        if (integration != null && integrations.find(integration).filter(i -> i.client().equals(client)).isEmpty()) {
            throw new InvalidInputException("integration",
                    "Choose one of this client's integrations, or none for all.");
        }
    }

    private static void validate(Objectives objectives) {
        if (objectives == null || !(objectives.availabilityPercent() > 0 && objectives.availabilityPercent() < 100)) {
            throw new InvalidInputException("availability",
                    "Enter an availability above 0 and below 100 %, e.g. 99.5.");
        }
        if (objectives.p95LatencyMs() != null && objectives.p95LatencyMs() <= 0) {
            throw new InvalidInputException("p95", "Enter a p95 latency in milliseconds above 0, or leave it empty.");
        }
        Double daily = objectives.maxDailyErrorRatePercent();
        if (daily != null && !(daily > 0 && daily <= 100)) {
            throw new InvalidInputException("dailyErrorRate",
                    "Enter a daily error rate above 0 and up to 100 %, or leave it empty.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Enter a name.");
        }
        if (name.strip().length() > 120) {
            throw new InvalidInputException("name", "At most 120 characters.");
        }
    }

}
