package io.plumbline.sla.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.TimeRange;
import io.plumbline.sla.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judging a window mostly from day rollups with the same counts as from hour rollups. {@link SlaCalculator} places a
 * bucket by its start (in the window, in a campaign, on a local day), drops it when a maintenance window covers it
 * and looks at the last 24 hours' failures for the forecast; so a UTC day is read as one day bucket only where none
 * of that can tell its hours apart. Read as hours (and minutes where {@link SlaCalculator#splitHours} says) are the
 * days that hold a window, campaign or maintenance edge or the as-of instant, the days a maintenance window touches,
 * and, while the window runs, the days of the last 24 hours. Every other day whose hours fall on two local dates of
 * the client's zone is cut where the date changes: the shorter parts are read as hours, the longest part is its day
 * bucket less those hours.
 */
public final class DayTiling {

    private static final Duration RECENT = Duration.ofHours(24);
    private static final LatencyHistogram NO_LATENCY = new LatencyHistogram();

    private DayTiling() {
    }

    /**
     * What to read for one window. {@code days}: the UTC days in [first day, day after as-of); {@code hourDays}: the
     * days read as hours; {@code hours}: the hour buckets to read (of those days and the short parts of cut days);
     * {@code split}: the hours to read as minutes; {@code longParts}: for each cut day, the hour where the part taken
     * from the day bucket starts.
     */
    public record Plan(TimeRange days, Set<Instant> hourDays, Set<Instant> hours, Set<Instant> split,
            Map<Instant, Instant> longParts) {

        /** The hours as few contiguous ranges. */
        public List<TimeRange> hourRanges() {
            return ranges(hours, Granularity.HOUR.size());
        }

        /** The split hours as ranges, to read their minute buckets. */
        public List<TimeRange> splitRanges() {
            return ranges(split, Granularity.HOUR.size());
        }
    }

    /**
     * @param boundaries the instants {@link SlaCalculator#splitHours} is given: window, maintenance and campaign edges
     * @param maintenance the maintenance occurrences within or around the window
     */
    public static Plan plan(Interval window, Instant now, ZoneId zone, Collection<Interval> maintenance,
            Collection<Instant> boundaries, Instant minuteHorizon) {
        Instant asOf = now.isBefore(window.end()) ? now : window.end();
        Instant firstDay = Granularity.DAY.floor(window.start());
        Instant endDay = ceilingDay(asOf).isAfter(firstDay) ? ceilingDay(asOf) : firstDay.plus(Duration.ofDays(1));
        TimeRange days = new TimeRange(firstDay, endDay);
        Set<Instant> hourDays = new TreeSet<>();
        List<Instant> edges = new ArrayList<>(boundaries);
        edges.add(asOf);
        edges.stream().filter(b -> !Granularity.DAY.floor(b).equals(b)).map(Granularity.DAY::floor).forEach(hourDays::add);
        maintenance.forEach(m -> daysOf(m.start(), m.end()).forEach(hourDays::add));
        if (now.isBefore(window.end())) {
            Duration elapsed = asOf.isAfter(window.start()) ? Duration.between(window.start(), asOf) : Duration.ZERO;
            Instant since = asOf.minus(elapsed.compareTo(RECENT) < 0 ? elapsed : RECENT);
            daysOf(since, asOf.plusNanos(1)).forEach(hourDays::add);
        }
        Set<Instant> hours = new TreeSet<>();
        Map<Instant, Instant> longParts = new TreeMap<>();
        for (Instant day = firstDay; day.isBefore(endDay); day = day.plus(Duration.ofDays(1))) {
            if (hourDays.contains(day)) {
                hoursOf(day, day.plus(Duration.ofDays(1))).forEach(hours::add);
                continue;
            }
            List<TimeRange> parts = localDateParts(day, zone);
            if (parts.size() > 1) {
                TimeRange longest = parts.stream().max(Comparator.comparing(p -> Duration.between(p.from(), p.to())))
                        .orElseThrow();
                longParts.put(day, longest.from());
                parts.stream().filter(p -> p != longest).forEach(p -> hoursOf(p.from(), p.to()).forEach(hours::add));
            }
        }
        Set<Instant> split = new TreeSet<>(SlaCalculator.splitHours(boundaries, minuteHorizon));
        split.removeIf(hour -> hour.isBefore(firstDay) || !hour.isBefore(endDay));
        return new Plan(days, hourDays, hours, split, longParts);
    }

    /**
     * The buckets of one SLA's integrations for {@link SlaCalculator}: whole days, the long parts of cut days, hours
     * and minutes as planned. The maps hold each integration's buckets by start (they may hold more than the plan
     * asks for). Without {@code withLatency} every bucket's histogram is empty.
     */
    public static List<MetricBucket> assemble(Plan plan, Collection<IntegrationId> covered,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> days,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> hours,
            Map<IntegrationId, NavigableMap<Instant, MetricBucket>> minutes, boolean withLatency) {
        List<MetricBucket> buckets = new ArrayList<>();
        for (IntegrationId integration : covered) {
            NavigableMap<Instant, MetricBucket> ownHours = hours.getOrDefault(integration, new TreeMap<>());
            for (Instant hour : plan.hours()) {
                MetricBucket bucket = ownHours.get(hour);
                if (bucket != null && !plan.split().contains(hour)) {
                    buckets.add(bucket);
                }
            }
            NavigableMap<Instant, MetricBucket> ownMinutes = minutes.getOrDefault(integration, new TreeMap<>());
            for (Instant hour : plan.split()) {
                buckets.addAll(ownMinutes.subMap(hour, hour.plus(Granularity.HOUR.size())).values());
            }
            for (MetricBucket day : days.getOrDefault(integration, new TreeMap<>()).values()) {
                if (plan.hourDays().contains(day.start())) {
                    continue;
                }
                Instant longPart = plan.longParts().get(day.start());
                if (longPart == null) {
                    buckets.add(day);
                } else {
                    longPart(day, longPart, ownHours, plan.hours()).ifPresent(buckets::add);
                }
            }
        }
        return withLatency ? buckets : buckets.stream().map(DayTiling::withoutLatency).toList();
    }

    /** The day bucket less the hours read on their own, starting at {@code start}; empty when nothing is left. */
    private static java.util.Optional<MetricBucket> longPart(MetricBucket day, Instant start,
            NavigableMap<Instant, MetricBucket> hours, Set<Instant> readAsHours) {
        long total = day.total();
        long good = day.good();
        LatencyHistogram latency = new LatencyHistogram();
        latency.merge(day.latency());
        for (MetricBucket hour : hours.subMap(day.start(), day.end()).values()) {
            if (readAsHours.contains(hour.start())) {
                total -= hour.total();
                good -= hour.good();
                hour.latency().bins().forEach((bin, count) -> latency.add(bin, -count));
            }
        }
        LatencyHistogram left = new LatencyHistogram();
        latency.bins().forEach((bin, count) -> {
            if (count != 0) {
                left.add(bin, count);
            }
        });
        return total == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new MetricBucket(day.integration(), start, Granularity.DAY, total, good, left));
    }

    private static MetricBucket withoutLatency(MetricBucket bucket) {
        return bucket.latency().bins().isEmpty() ? bucket : new MetricBucket(bucket.integration(), bucket.start(),
                bucket.granularity(), bucket.total(), bucket.good(), NO_LATENCY);
    }

    /** The runs of the day's hours whose starts fall on the same local date. */
    private static List<TimeRange> localDateParts(Instant day, ZoneId zone) {
        List<TimeRange> parts = new ArrayList<>();
        Instant partStart = day;
        LocalDate date = LocalDate.ofInstant(day, zone);
        Instant end = day.plus(Duration.ofDays(1));
        for (Instant hour = day.plus(Granularity.HOUR.size()); hour.isBefore(end); hour = hour.plus(Granularity.HOUR.size())) {
            LocalDate hourDate = LocalDate.ofInstant(hour, zone);
            if (!hourDate.equals(date)) {
                parts.add(new TimeRange(partStart, hour));
                partStart = hour;
                date = hourDate;
            }
        }
        parts.add(new TimeRange(partStart, end));
        return parts;
    }

    /** The UTC days that [from, to) touches. */
    private static List<Instant> daysOf(Instant from, Instant to) {
        List<Instant> days = new ArrayList<>();
        for (Instant day = Granularity.DAY.floor(from); day.isBefore(to); day = day.plus(Duration.ofDays(1))) {
            days.add(day);
        }
        return days;
    }

    private static List<Instant> hoursOf(Instant from, Instant to) {
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Granularity.HOUR.size())) {
            hours.add(hour);
        }
        return hours;
    }

    private static Instant ceilingDay(Instant instant) {
        Instant floor = Granularity.DAY.floor(instant);
        return floor.equals(instant) ? floor : floor.plus(Duration.ofDays(1));
    }

    private static List<TimeRange> ranges(Set<Instant> starts, Duration size) {
        List<TimeRange> ranges = new ArrayList<>();
        Instant from = null;
        Instant to = null;
        for (Instant start : new TreeSet<>(starts)) {
            if (to != null && to.equals(start)) {
                to = start.plus(size);
                continue;
            }
            if (from != null) {
                ranges.add(new TimeRange(from, to));
            }
            from = start;
            to = start.plus(size);
        }
        if (from != null) {
            ranges.add(new TimeRange(from, to));
        }
        return ranges;
    }
}
