package io.plumbline.sla.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.TimeRange;
import io.plumbline.sla.Interval;
import io.plumbline.sla.SlaEvaluation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Judging a window mostly from day rollups with the same counts as from hour rollups.
 * {@link SlaCalculator} places a bucket by its start (in the window, before the as-of
 * instant, in a campaign, in the last 24 hours, on a local day) and drops it when a
 * maintenance window covers it; so each UTC day is cut at every hour where one of those
 * answers can change (the hours around each window, maintenance and campaign edge and the
 * as-of instant, the start of the last 24 hours, and, where a daily objective asks for
 * worst days, where the client's local date changes). The longest stretch between cuts
 * inside the window is its day bucket less the day's other hours, which are read as hours
 * (and minutes where {@link SlaCalculator#splitHours} says). That stretch is carried as
 * an hour bucket at its first hour: every question the calculator asks of it has the
 * answer each of its hours would give.
 */
public final class DayTiling {

    private static final Duration RECENT = Duration.ofHours(24);

    private static final Duration HOUR = Granularity.HOUR.size();

    private static final Duration DAY = Granularity.DAY.size();

    private static final LatencyHistogram NO_LATENCY = new LatencyHistogram();

    private DayTiling() {
    }

    /**
     * What to read for one window. {@code days}: the UTC days in [first day, day after
     * as-of); {@code hours}: the hour buckets to read; {@code split}: the hours to read
     * as minutes; {@code stretches}: per day, the stretch taken from the day bucket;
     * {@code wholeDayRuns}: runs of consecutive days taken whole (no cut in them, none
     * between them: an edge at midnight, such as a campaign's start, ends a run), where
     * every answer the calculator gives is the same for each of their hours, so a run can
     * be summed up and carried as one bucket where no date inside it is shown;
     * {@code cutDayRanges}: the other days.
     */
    public record Plan(TimeRange days, Set<Instant> hours, Set<Instant> split, Map<Instant, TimeRange> stretches,
            List<TimeRange> wholeDayRuns, List<TimeRange> cutDayRanges) {

        /** The hours as few ranges (consecutive hours in one). */
        public List<TimeRange> hourRanges() {
            return ranges(hours);
        }

        /** The split hours as ranges, to read their minute buckets. */
        public List<TimeRange> splitRanges() {
            return ranges(split);
        }
    }

    /**
     * Plans for one batch (one as-of instant and minute horizon): judgements that ask the
     * same share one plan.
     */
    public static final class Planner {

        private final Instant now;

        private final Instant minuteHorizon;

        private final Map<List<Object>, Plan> plans = new HashMap<>();

        public Planner(Instant now, Instant minuteHorizon) {
            this.now = now;
            this.minuteHorizon = minuteHorizon;
        }

        /**
         * As {@link DayTiling#plan}; the zone tells plans apart only where local days are
         * cut.
         */
        public Plan plan(Interval window, ZoneId zone, Collection<Instant> boundaries, boolean localDays) {
            return plans.computeIfAbsent(
                    List.of(window, localDays ? zone : ZoneOffset.UTC, localDays, new TreeSet<>(boundaries)),
                    key -> DayTiling.plan(window, now, zone, boundaries, minuteHorizon, localDays));
        }

    }

    /**
     * @param boundaries the instants {@link SlaCalculator#splitHours} is given: window,
     * maintenance and campaign edges
     * @param localDays whether worst days (by the client's local date) must be right:
     * cuts where the local date changes
     */
    public static Plan plan(Interval window, Instant now, ZoneId zone, Collection<Instant> boundaries,
            Instant minuteHorizon, boolean localDays) {
        Instant asOf = now.isBefore(window.end()) ? now : window.end();
        Instant firstDay = Granularity.DAY.floor(window.start());
        Instant endDay = ceiling(asOf, Granularity.DAY).isAfter(firstDay) ? ceiling(asOf, Granularity.DAY)
                : firstDay.plus(DAY);
        Set<Instant> cuts = new TreeSet<>();
        List<Instant> edges = new ArrayList<>(boundaries);
        edges.add(asOf);
        if (now.isBefore(window.end())) {
            Duration elapsed = asOf.isAfter(window.start()) ? Duration.between(window.start(), asOf) : Duration.ZERO;
            edges.add(asOf.minus(elapsed.compareTo(RECENT) < 0 ? elapsed : RECENT));
        }
        edges.forEach(edge -> {
            cuts.add(Granularity.HOUR.floor(edge));
            cuts.add(ceiling(edge, Granularity.HOUR));
        });
        Set<Instant> hours = new TreeSet<>();
        Map<Instant, TimeRange> stretches = new TreeMap<>();
        for (Instant day = firstDay; day.isBefore(endDay); day = day.plus(DAY)) {
            Instant dayStart = day;
            Set<Instant> dayCuts = new TreeSet<>(
                    cuts.stream().filter(c -> c.isAfter(dayStart) && c.isBefore(dayStart.plus(DAY))).toList());
            if (localDays) {
                dayCuts.addAll(localDateChanges(day, zone));
            }
            Instant from = day;
            TimeRange longest = null;
            for (Instant to : Stream.concat(dayCuts.stream(), Stream.of(day.plus(DAY))).toList()) {
                boolean inWindow = !from.isBefore(window.start()) && from.isBefore(asOf);
                if (inWindow && Duration.between(from, to).compareTo(HOUR) > 0 && (longest == null
                        || Duration.between(from, to).compareTo(Duration.between(longest.from(), longest.to())) > 0)) {
                    longest = new TimeRange(from, to);
                }
                from = to;
            }
            // The day's hours outside its stretch (all of them without one).
            Instant stretchFrom = longest == null ? day.plus(DAY) : longest.from();
            for (Instant hour = day; hour.isBefore(stretchFrom); hour = hour.plus(HOUR)) {
                hours.add(hour);
            }
            for (Instant hour = longest == null ? day.plus(DAY) : longest.to(); hour
                .isBefore(day.plus(DAY)); hour = hour.plus(HOUR)) {
                hours.add(hour);
            }
            if (longest != null) {
                stretches.put(day, longest);
            }
        }
        Set<Instant> split = new TreeSet<>(SlaCalculator.splitHours(boundaries, minuteHorizon));
        split.retainAll(hours);
        List<TimeRange> runs = wholeDayRuns(stretches, cuts);
        return new Plan(new TimeRange(firstDay, endDay), hours, split, stretches, runs,
                otherDays(new TimeRange(firstDay, endDay), runs));
    }

    private static List<TimeRange> wholeDayRuns(Map<Instant, TimeRange> stretches, Set<Instant> cuts) {
        List<TimeRange> runs = new ArrayList<>();
        for (TimeRange joined : ranges(stretches.entrySet()
            .stream()
            .filter(e -> e.getValue().equals(new TimeRange(e.getKey(), e.getKey().plus(DAY))))
            .map(Map.Entry::getKey)
            .toList(), DAY)) {
            Instant from = joined.from();
            for (Instant cut : cuts) {
                if (cut.isAfter(from) && cut.isBefore(joined.to())) {
                    runs.add(new TimeRange(from, cut));
                    from = cut;
                }
            }
            runs.add(new TimeRange(from, joined.to()));
        }
        return runs;
    }

    private static List<TimeRange> otherDays(TimeRange days, List<TimeRange> runs) {
        List<Instant> other = new ArrayList<>();
        for (Instant day = days.from(); day.isBefore(days.to()); day = day.plus(DAY)) {
            Instant start = day;
            if (runs.stream().noneMatch(run -> run.contains(start))) {
                other.add(day);
            }
        }
        return ranges(other, DAY);
    }

    /**
     * The buckets of one SLA's integrations for {@link SlaCalculator}: each day's
     * stretch, the other hours and the minutes of split hours, as planned; the days of
     * the {@code summed} runs each as one bucket from {@code sums} instead (see
     * {@link Plan#wholeDayRuns()}). The maps hold each integration's buckets by start,
     * and sums by run (they may hold more than the plan asks for). Without
     * {@code withLatency} every bucket's histogram is empty.
     */
    public static List<MetricBucket> assemble(Plan plan, Collection<IntegrationId> covered,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> days,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> hours,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> minutes, List<TimeRange> summed,
            Map<IntegrationId, Map<TimeRange, MetricBucket>> sums, boolean withLatency) {
        List<MetricBucket> buckets = new ArrayList<>();
        for (IntegrationId integration : covered) {
            Map<TimeRange, MetricBucket> ownSums = sums.getOrDefault(integration, Map.of());
            for (TimeRange run : summed) {
                MetricBucket sum = ownSums.get(run);
                if (sum != null && sum.total() > 0) {
                    buckets.add(new MetricBucket(integration, run.from(), Granularity.HOUR, sum.total(), sum.good(),
                            sum.latency()));
                }
            }
            NavigableMap<Instant, MetricBucket> ownHours = hours.getOrDefault(integration, new TreeMap<>());
            for (MetricBucket hour : ownHours.values()) {
                if (plan.hours().contains(hour.start()) && !plan.split().contains(hour.start())) {
                    buckets.add(hour);
                }
            }
            NavigableMap<Instant, MetricBucket> ownMinutes = minutes.getOrDefault(integration, new TreeMap<>());
            for (Instant hour : plan.split()) {
                buckets.addAll(ownMinutes.subMap(hour, hour.plus(HOUR)).values());
            }
            for (MetricBucket day : days.getOrDefault(integration, new TreeMap<>()).values()) {
                TimeRange stretch = plan.stretches().get(day.start());
                if (stretch != null && summed.stream().noneMatch(run -> run.contains(day.start()))) {
                    stretch(day, stretch, ownHours, plan.hours(), withLatency).ifPresent(buckets::add);
                }
            }
        }
        return withLatency ? buckets : buckets.stream().map(DayTiling::withoutLatency).toList();
    }

    /**
     * The day bucket less the day's hours read on their own, at the stretch's start;
     * empty when nothing is left.
     */
    private static Optional<MetricBucket> stretch(MetricBucket day, TimeRange stretch,
            NavigableMap<Instant, MetricBucket> hours, Set<Instant> readAsHours, boolean withLatency) {
        long total = day.total();
        long good = day.good();
        LatencyHistogram latency = new LatencyHistogram();
        if (withLatency) {
            latency.merge(day.latency());
        }
        for (MetricBucket hour : hours.subMap(day.start(), day.end()).values()) {
            if (readAsHours.contains(hour.start())) {
                total -= hour.total();
                good -= hour.good();
                if (withLatency) {
                    hour.latency().bins().forEach((bin, count) -> latency.add(bin, -count));
                }
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        LatencyHistogram left = withLatency ? new LatencyHistogram() : NO_LATENCY;
        latency.bins().forEach((bin, count) -> {
            if (count != 0) {
                left.add(bin, count);
            }
        });
        return Optional.of(new MetricBucket(day.integration(), stretch.from(), Granularity.HOUR, total, good, left));
    }

    /**
     * The evaluation without worst days (also of its campaigns): planned without
     * local-day cuts, the calculator's worst day would be one of UTC stretches, not of
     * the client's days.
     */
    public static SlaEvaluation withoutWorstDays(SlaEvaluation e) {
        return new SlaEvaluation(e.window(), e.asOf(), e.objectives(), e.eligible(), e.good(), e.excluded(),
                e.p95LatencyMs(), Optional.empty(), e.budget(), e.forecast(), e.verdict(), e.breaches(), e.burnDown(),
                e.campaigns()
                    .stream()
                    .map(c -> new SlaEvaluation.CampaignEvaluation(c.name(), withoutWorstDays(c.evaluation())))
                    .toList());
    }

    private static MetricBucket withoutLatency(MetricBucket bucket) {
        return bucket.latency().bins().isEmpty() ? bucket : new MetricBucket(bucket.integration(), bucket.start(),
                bucket.granularity(), bucket.total(), bucket.good(), NO_LATENCY);
    }

    /**
     * The hours of the day at which the local date of an hour's start differs from the
     * hour before's.
     */
    private static List<Instant> localDateChanges(Instant day, ZoneId zone) {
        List<Instant> changes = new ArrayList<>();
        LocalDate date = LocalDate.ofInstant(day, zone);
        for (Instant hour = day.plus(HOUR); hour.isBefore(day.plus(DAY)); hour = hour.plus(HOUR)) {
            LocalDate hourDate = LocalDate.ofInstant(hour, zone);
            if (!hourDate.equals(date)) {
                changes.add(hour);
                date = hourDate;
            }
        }
        return changes;
    }

    private static List<TimeRange> ranges(Set<Instant> hours) {
        return ranges(hours, HOUR);
    }

    /**
     * Buckets of this size starting at these instants, consecutive ones joined into one
     * range.
     */
    private static List<TimeRange> ranges(Collection<Instant> starts, Duration size) {
        List<TimeRange> ranges = new ArrayList<>();
        for (Instant start : new TreeSet<>(starts)) {
            TimeRange last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null && last.to().equals(start)) {
                ranges.set(ranges.size() - 1, new TimeRange(last.from(), start.plus(size)));
            }
            else {
                ranges.add(new TimeRange(start, start.plus(size)));
            }
        }
        return ranges;
    }

    private static Instant ceiling(Instant instant, Granularity granularity) {
        Instant floor = granularity.floor(instant);
        return floor.equals(instant) ? floor : floor.plus(granularity.size());
    }

}
