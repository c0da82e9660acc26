package io.plumbline.sla.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.BudgetPoint;
import io.plumbline.sla.CampaignWindow;
import io.plumbline.sla.DailyErrorRate;
import io.plumbline.sla.ErrorBudget;
import io.plumbline.sla.Forecast;
import io.plumbline.sla.Interval;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaEvaluation.CampaignEvaluation;
import io.plumbline.sla.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The SLA math (docs/architecture.md, "SLA compliance"), pure: rollup buckets in, an
 * evaluation out. A bucket belongs to the window (and to a campaign) by its start; it is
 * left out when a maintenance window covers it entirely. Hour buckets cut by a window
 * edge, a maintenance or a campaign boundary are replaced by their minute buckets while
 * minute rollups are kept ({@link #splitHours}).
 */
public final class SlaCalculator {

    private static final Duration RECENT = Duration.ofHours(24);

    private SlaCalculator() {
    }

    /**
     * A maintenance occurrence; {@code integration} null excludes every integration's
     * buckets.
     */
    public record Exclusion(Interval interval, IntegrationId integration) {

        boolean excludes(MetricBucket bucket) {
            return (integration == null || integration.equals(bucket.integration()))
                    && interval.covers(bucket.start(), bucket.end());
        }
    }

    /**
     * {@code horizon} is when the budget must last until: the window's end for a calendar
     * month, now plus the window's length for a rolling window (which never closes).
     */
    public record Input(Interval window, Instant now, Instant horizon, ZoneId zone, Objectives objectives,
            List<Exclusion> maintenance, List<CampaignWindow> campaigns, List<MetricBucket> buckets) {
    }

    public static SlaEvaluation evaluate(Input in) {
        Instant asOf = in.now().isBefore(in.window().end()) ? in.now() : in.window().end();
        List<MetricBucket> inWindow = in.buckets()
            .stream()
            .filter(b -> !b.start().isBefore(in.window().start()) && b.start().isBefore(asOf))
            .sorted(Comparator.comparing(MetricBucket::start))
            .toList();
        List<MetricBucket> counted = inWindow.stream()
            .filter(b -> in.maintenance().stream().noneMatch(m -> m.excludes(b)))
            .toList();
        long excluded = inWindow.stream().mapToLong(MetricBucket::total).sum()
                - counted.stream().mapToLong(MetricBucket::total).sum();
        long eligible = counted.stream().mapToLong(MetricBucket::total).sum();
        long good = counted.stream().mapToLong(MetricBucket::good).sum();
        long bad = eligible - good;

        Duration elapsed = asOf.isAfter(in.window().start()) ? Duration.between(in.window().start(), asOf)
                : Duration.ZERO;
        double expectedEvents = elapsed.isZero() ? 0
                : eligible * ((double) in.window().length().toMillis() / elapsed.toMillis());
        ErrorBudget budget = new ErrorBudget(in.objectives().allowedFailureShare() * expectedEvents, bad);
        List<BudgetPoint> burnDown = burnDown(in.window().start(), budget.total(), counted);

        LatencyHistogram latency = new LatencyHistogram();
        counted.forEach(b -> latency.merge(b.latency()));
        OptionalLong p95 = latency.percentile(0.95);
        Optional<DailyErrorRate> worstDay = worstDay(counted, in.zone());

        boolean ongoing = in.now().isBefore(in.horizon());
        Forecast forecast = forecast(eligible, budget, burnDown, ongoing, counted, in.window().start(), asOf,
                in.window().length(), in.objectives().allowedFailureShare(), in.horizon());
        List<String> breaches = breaches(in.objectives(), eligible, good, p95, worstDay);
        Verdict verdict = verdict(eligible, ongoing, budget, forecast, breaches, worstDay, in.objectives());

        List<CampaignEvaluation> campaigns = new ArrayList<>();
        for (CampaignWindow campaign : in.campaigns()) {
            campaign.interval()
                .intersect(in.window())
                .ifPresent(part -> campaigns.add(new CampaignEvaluation(campaign.name(),
                        evaluate(new Input(part, in.now(),
                                part.end().isBefore(in.horizon()) ? part.end() : in.horizon(), in.zone(),
                                campaign.objectives(), in.maintenance(), List.of(), in.buckets())))));
        }
        return new SlaEvaluation(in.window(), asOf, in.objectives(), eligible, good, excluded, p95, worstDay, budget,
                forecast, verdict, breaches, burnDown, campaigns);
    }

    /**
     * The hours that some boundary cuts (and that are young enough to still have minute
     * rollups): their minute buckets replace the hour bucket, so exclusion and campaign
     * membership are exact.
     */
    public static Set<Instant> splitHours(Collection<Instant> boundaries, Instant minuteHorizon) {
        return boundaries.stream()
            .filter(b -> !Granularity.HOUR.floor(b).equals(b))
            .map(Granularity.HOUR::floor)
            .filter(hour -> !hour.isBefore(minuteHorizon))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Hour buckets, except those hours in {@code split}, which come from {@code minutes}
     * instead.
     */
    public static List<MetricBucket> combine(List<MetricBucket> hours, Set<Instant> split, List<MetricBucket> minutes) {
        List<MetricBucket> combined = new ArrayList<>(hours.stream().filter(h -> !split.contains(h.start())).toList());
        minutes.stream().filter(m -> split.contains(Granularity.HOUR.floor(m.start()))).forEach(combined::add);
        combined.sort(Comparator.comparing(MetricBucket::start));
        return combined;
    }

    /**
     * Budget left after each hour with data, starting from the whole budget at the
     * window's start.
     */
    private static List<BudgetPoint> burnDown(Instant start, double total, List<MetricBucket> counted) {
        Map<Instant, Long> badPerHour = new TreeMap<>();
        counted.forEach(b -> badPerHour.merge(b.start().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
                b.bad(), Long::sum));
        List<BudgetPoint> points = new ArrayList<>(List.of(new BudgetPoint(start, total)));
        long used = 0;
        for (Map.Entry<Instant, Long> hour : badPerHour.entrySet()) {
            used += hour.getValue();
            points.add(new BudgetPoint(hour.getKey(), total - used));
        }
        return points;
    }

    /**
     * The counts of {@link #evaluate} per local day of the client: a bucket counts on the
     * day its start falls on, inside the window and before the as-of instant, and is
     * excluded when a maintenance occurrence covers it, exactly as the window's own
     * counts do; so the days' sums are the window's eligible, good and excluded.
     */
    public static List<DayCounts> dailyCounts(Input in) {
        Instant asOf = in.now().isBefore(in.window().end()) ? in.now() : in.window().end();
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (MetricBucket bucket : in.buckets()) {
            if (bucket.start().isBefore(in.window().start()) || !bucket.start().isBefore(asOf)) {
                continue;
            }
            long[] day = days.computeIfAbsent(bucket.start().atZone(in.zone()).toLocalDate(), d -> new long[3]);
            if (in.maintenance().stream().anyMatch(m -> m.excludes(bucket))) {
                day[2] += bucket.total();
            }
            else {
                day[0] += bucket.total();
                day[1] += bucket.good();
            }
        }
        return days.entrySet()
            .stream()
            .map(e -> new DayCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
            .toList();
    }

    /** One local day's counts: eligible and good as the SLA counts them, and excluded. */
    public record DayCounts(LocalDate date, long eligible, long good, long excluded) {
    }

    private static Optional<DailyErrorRate> worstDay(List<MetricBucket> counted, ZoneId zone) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (MetricBucket bucket : counted) {
            long[] day = days.computeIfAbsent(bucket.start().atZone(zone).toLocalDate(), d -> new long[2]);
            day[0] += bucket.total();
            day[1] += bucket.bad();
        }
        return days.entrySet()
            .stream()
            .filter(e -> e.getValue()[0] > 0)
            .map(e -> new DailyErrorRate(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .max(Comparator.comparingDouble(DailyErrorRate::rate));
    }

    /**
     * At the rate of failed events in the last 24 whole hours (fewer early in a window),
     * projected from the last whole hour with the budget left then: the same forecast on
     * every visit within an hour, not one that moves with each refresh. Rolled-out
     * failures of a rolling window are ignored.
     */
    private static Forecast forecast(long eligible, ErrorBudget budget, List<BudgetPoint> burnDown, boolean ongoing,
            List<MetricBucket> counted, Instant windowStart, Instant asOf, Duration windowLength,
            double allowedFailureShare, Instant horizon) {
        if (eligible == 0) {
            return Forecast.of(Forecast.Kind.NO_DATA);
        }
        if (budget.exhausted()) {
            Instant when = burnDown.stream().filter(p -> p.left() < 0).findFirst().map(BudgetPoint::at).orElse(asOf);
            return new Forecast(Forecast.Kind.EXHAUSTED, when);
        }
        if (!ongoing) {
            return Forecast.of(Forecast.Kind.CLOSED);
        }
        Instant wholeHour = asOf.truncatedTo(ChronoUnit.HOURS);
        Instant rateUntil = wholeHour.isAfter(windowStart) ? wholeHour : asOf;
        Duration elapsed = Duration.between(windowStart, rateUntil);
        Duration recent = elapsed.compareTo(RECENT) < 0 ? elapsed : RECENT;
        Instant since = rateUntil.minus(recent);
        List<MetricBucket> untilThen = counted.stream().filter(b -> b.start().isBefore(rateUntil)).toList();
        long recentBad = untilThen.stream().filter(b -> !b.start().isBefore(since)).mapToLong(MetricBucket::bad).sum();
        if (recentBad == 0 || recent.isZero()) {
            return Forecast.of(Forecast.Kind.NOT_AT_THIS_RATE);
        }
        long eligibleThen = untilThen.stream().mapToLong(MetricBucket::total).sum();
        long badThen = untilThen.stream().mapToLong(MetricBucket::bad).sum();
        // A rolling window is always whole; a calendar month is scaled up from its part
        // so far, as the budget is.
        Duration elapsedThen = Duration.between(windowStart, asOf).compareTo(windowLength) >= 0 ? windowLength
                : elapsed;
        double totalThen = allowedFailureShare * eligibleThen
                * ((double) windowLength.toMillis() / elapsedThen.toMillis());
        double leftThen = Math.max(totalThen - badThen, 0);
        Instant runsOut = rateUntil.plusMillis((long) (leftThen / recentBad * recent.toMillis()));
        if (runsOut.isBefore(asOf)) {
            runsOut = asOf;
        }
        return runsOut.isBefore(horizon) ? new Forecast(Forecast.Kind.RUNS_OUT, runsOut)
                : Forecast.of(Forecast.Kind.NOT_AT_THIS_RATE);
    }

    private static List<String> breaches(Objectives objectives, long eligible, long good, OptionalLong p95,
            Optional<DailyErrorRate> worstDay) {
        List<String> breaches = new ArrayList<>();
        if (eligible == 0) {
            return breaches;
        }
        double availability = (double) good / eligible;
        if (availability < objectives.availability()) {
            breaches.add("availability %s is below %s %%".formatted(
                    Format.percent(availability, Format.Precision.AVAILABILITY),
                    Objectives.plain(objectives.availabilityPercent())));
        }
        if (objectives.p95LatencyMs() != null && p95.isPresent() && p95.getAsLong() > objectives.p95LatencyMs()) {
            breaches.add("p95 latency %,d ms is above %,d ms".formatted(p95.getAsLong(), objectives.p95LatencyMs()));
        }
        if (dailyBreach(worstDay, objectives)) {
            DailyErrorRate day = worstDay.orElseThrow();
            breaches.add("%s of calls failed on %s, above %s %%".formatted(
                    Format.percent(day.rate(), Format.Precision.AVAILABILITY), Format.date(day.day()),
                    Objectives.plain(objectives.maxDailyErrorRatePercent())));
        }
        return breaches;
    }

    /**
     * A finished window is met or missed. A running one is missed once its budget is
     * spent or a day has broken the daily limit (neither can be undone), at risk when an
     * objective fails so far or the budget runs out before the horizon at the recent
     * rate.
     */
    private static Verdict verdict(long eligible, boolean ongoing, ErrorBudget budget, Forecast forecast,
            List<String> breaches, Optional<DailyErrorRate> worstDay, Objectives objectives) {
        if (eligible == 0) {
            return Verdict.NO_DATA;
        }
        if (!ongoing) {
            return breaches.isEmpty() ? Verdict.MET : Verdict.MISSED;
        }
        if (budget.exhausted() || dailyBreach(worstDay, objectives)) {
            return Verdict.MISSED;
        }
        return breaches.isEmpty() && forecast.kind() != Forecast.Kind.RUNS_OUT ? Verdict.MET : Verdict.AT_RISK;
    }

    private static boolean dailyBreach(Optional<DailyErrorRate> worstDay, Objectives objectives) {
        return objectives.maxDailyErrorRatePercent() != null && worstDay.isPresent()
                && worstDay.get().rate() * 100 > objectives.maxDailyErrorRatePercent();
    }

}
