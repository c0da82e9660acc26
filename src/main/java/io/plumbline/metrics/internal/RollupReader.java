package io.plumbline.metrics.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.ClientHealth;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.TimeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads health from rollups only: sums of counts, and latency sketches (one per row)
 * merged here.
 */
class RollupReader {

    private static final String SUMS = "COALESCE(SUM(total), 0), COALESCE(SUM(good), 0), COALESCE(SUM(retried), 0), "
            + RollupWriter.FAILURE_COLUMNS.stream()
                .map(c -> "COALESCE(SUM(" + c + "), 0)")
                .collect(Collectors.joining(", "))
            + ", COALESCE(SUM(latency_sum_ms), 0)";

    private static final Duration HOURLY_LATENCY_UP_TO = Duration.ofDays(7);

    private final JdbcTemplate jdbc;

    private final String rollup;

    /**
     * On H2 the reads name their index: H2 does not seek with a list of integration ids
     * in the primary key, yet picks it, and so scanned every rollup row of the agency for
     * each read (h2/V18_1).
     */
    RollupReader(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.rollup = postgres ? "rollup" : "rollup USE INDEX (ix_rollup_period)";
    }

    /**
     * Summary over integrations (one, or all of a client's) within [from, to), both
     * aligned to the granularity, and of each of them: one read per source for all,
     * grouped by integration and added up here.
     */
    ClientHealth summaries(UUID agency, List<UUID> integrations, Granularity granularity, Instant from, Instant to) {
        if (integrations.isEmpty()) {
            return new ClientHealth(summary(from, to, granularity, new Counts(), new LatencyHistogram()), Map.of());
        }
        Map<UUID, Counts> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT integration_id, " + SUMS + " FROM " + rollup + " WHERE agency_id = ? AND integration_id IN ("
                        + in(integrations)
                        + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? GROUP BY integration_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), Counts.of(rs, 2));
                }, args(agency, integrations, granularity, from, to));
        Map<UUID, LatencyHistogram> histograms = tiledHistograms(agency, integrations, granularity, from, to);
        Counts allCounts = new Counts();
        LatencyHistogram allLatency = new LatencyHistogram();
        Map<IntegrationId, HealthSummary> each = new LinkedHashMap<>();
        for (UUID integration : integrations) {
            Counts own = counts.getOrDefault(integration, new Counts());
            LatencyHistogram latency = histograms.getOrDefault(integration, new LatencyHistogram());
            allCounts.add(own);
            allLatency.merge(latency);
            each.put(new IntegrationId(integration), summary(from, to, granularity, own, latency));
        }
        return new ClientHealth(summary(from, to, granularity, allCounts, allLatency), each);
    }

    private static HealthSummary summary(Instant from, Instant to, Granularity granularity, Counts counts,
            LatencyHistogram latency) {
        return new HealthSummary(from, to, granularity, counts.total, counts.good, counts.retried, counts.failures(),
                counts.latencySumMs, latency.percentile(0.50), latency.percentile(0.95), latency.percentile(0.99));
    }

    /** A rollup row's counters, summed. */
    private static final class Counts {

        private long total;

        private long good;

        private long retried;

        private final long[] failures = new long[FailureClass.values().length];

        private long latencySumMs;

        static Counts of(ResultSet rs, int first) throws SQLException {
            Counts counts = new Counts();
            counts.total = rs.getLong(first);
            counts.good = rs.getLong(first + 1);
            counts.retried = rs.getLong(first + 2);
            for (int i = 0; i < counts.failures.length; i++) {
                counts.failures[i] = rs.getLong(first + 3 + i);
            }
            counts.latencySumMs = rs.getLong(first + 3 + counts.failures.length);
            return counts;
        }

        void add(Counts other) {
            total += other.total;
            good += other.good;
            retried += other.retried;
            for (int i = 0; i < failures.length; i++) {
                failures[i] += other.failures[i];
            }
            latencySumMs += other.latencySumMs;
        }

        Map<FailureClass, Long> failures() {
            Map<FailureClass, Long> nonZero = new EnumMap<>(FailureClass.class);
            for (FailureClass failureClass : FailureClass.values()) {
                if (failures[failureClass.ordinal()] > 0) {
                    nonZero.put(failureClass, failures[failureClass.ordinal()]);
                }
            }
            return nonZero;
        }

    }

    /**
     * Each integration's merged histogram of [from, to): whole days from day rollups and
     * only the edges from hour rollups, so a 30-day window merges about 30 sketches per
     * integration instead of 720.
     */
    private Map<UUID, LatencyHistogram> tiledHistograms(UUID agency, List<UUID> integrations, Granularity granularity,
            Instant from, Instant to) {
        if (granularity != Granularity.HOUR) {
            return histograms(agency, integrations, granularity, from, to);
        }
        Instant firstDay = Granularity.DAY.floor(from).equals(from) ? from
                : Granularity.DAY.floor(from).plus(Duration.ofDays(1));
        Instant lastDay = Granularity.DAY.floor(to);
        if (!firstDay.isBefore(lastDay)) {
            return histograms(agency, integrations, Granularity.HOUR, from, to);
        }
        Map<UUID, LatencyHistogram> merged = histograms(agency, integrations, Granularity.DAY, firstDay, lastDay);
        if (from.isBefore(firstDay)) {
            histograms(agency, integrations, Granularity.HOUR, from, firstDay).forEach((integration,
                    edge) -> merged.computeIfAbsent(integration, i -> new LatencyHistogram()).merge(edge));
        }
        if (lastDay.isBefore(to)) {
            histograms(agency, integrations, Granularity.HOUR, lastDay, to).forEach((integration,
                    edge) -> merged.computeIfAbsent(integration, i -> new LatencyHistogram()).merge(edge));
        }
        return merged;
    }

    private Map<UUID, LatencyHistogram> histograms(UUID agency, List<UUID> integrations, Granularity granularity,
            Instant from, Instant to) {
        Map<UUID, LatencyHistogram> histograms = new HashMap<>();
        jdbc.query(
                "SELECT integration_id, latency FROM " + rollup + " WHERE agency_id = ? AND integration_id IN ("
                        + in(integrations)
                        + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? AND latency IS NOT NULL",
                rs -> {
                    histograms.computeIfAbsent(rs.getObject(1, UUID.class), i -> new LatencyHistogram())
                        .addBytes(rs.getBytes(2));
                }, args(agency, integrations, granularity, from, to));
        return histograms;
    }

    /** One point per bucket that has data, oldest first. */
    List<HealthPoint> series(UUID agency, List<UUID> integrations, Granularity granularity, Instant from, Instant to) {
        if (integrations.isEmpty()) {
            return List.of();
        }
        String in = in(integrations);
        Object[] args = args(agency, integrations, granularity, from, to);
        Map<Instant, Counts> sums = new LinkedHashMap<>();
        jdbc.query("SELECT bucket_start, " + SUMS + " FROM " + rollup + " WHERE agency_id = ? AND integration_id IN ("
                + in
                + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? GROUP BY bucket_start ORDER BY bucket_start",
                rs -> {
                    Instant bucket = rs.getObject(1, OffsetDateTime.class).toInstant();
                    sums.put(bucket, Counts.of(rs, 2));
                }, args);
        // Hourly percentiles of a long window would merge thousands of sketches per
        // integration: its latency lines are drawn per day instead (each hour shows its
        // day's percentiles).
        Granularity latencyGranularity = granularity == Granularity.HOUR
                && Duration.between(from, to).compareTo(HOURLY_LATENCY_UP_TO) > 0 ? Granularity.DAY : granularity;
        Object[] latencyArgs = args(agency, integrations, latencyGranularity, latencyGranularity.floor(from), to);
        Map<Instant, LatencyHistogram> histograms = new LinkedHashMap<>();
        jdbc.query(
                "SELECT bucket_start, latency FROM " + rollup + " WHERE agency_id = ? AND integration_id IN (" + in
                        + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? AND latency IS NOT NULL",
                rs -> {
                    histograms
                        .computeIfAbsent(rs.getObject(1, OffsetDateTime.class).toInstant(), b -> new LatencyHistogram())
                        .addBytes(rs.getBytes(2));
                }, latencyArgs);
        List<HealthPoint> points = new ArrayList<>(sums.size());
        sums.forEach((bucket, sum) -> {
            LatencyHistogram histogram = histograms.getOrDefault(latencyGranularity.floor(bucket),
                    new LatencyHistogram());
            points.add(new HealthPoint(bucket, sum.total, sum.good, sum.failures(), histogram.percentile(0.50),
                    histogram.percentile(0.95), histogram.percentile(0.99)));
        });
        return points;
    }

    /**
     * Every bucket with data in any of the [from, to) {@code ranges}, per integration
     * (not summed across them), oldest first within each range; with empty latency
     * histograms unless {@code withLatency}. One query per range: a range condition the
     * index can seek on, where ORed ranges made PostgreSQL read every bucket of the
     * agency.
     */
    List<MetricBucket> buckets(UUID agency, List<UUID> integrations, Granularity granularity, List<TimeRange> ranges,
            boolean withLatency) {
        if (integrations.isEmpty()) {
            return List.of();
        }
        List<MetricBucket> buckets = new ArrayList<>();
        for (TimeRange range : ranges) {
            buckets.addAll(buckets(agency, integrations, granularity, range.from(), range.to(), withLatency));
        }
        return buckets;
    }

    private List<MetricBucket> buckets(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to, boolean withLatency) {
        String in = in(integrations);
        Object[] args = args(agency, integrations, granularity, from, to);
        return jdbc.query("SELECT integration_id, bucket_start, total, good" + (withLatency ? ", latency" : "")
                + " FROM " + rollup + " WHERE agency_id = ? AND integration_id IN (" + in
                + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? ORDER BY bucket_start, integration_id",
                (rs, row) -> new MetricBucket(new IntegrationId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), granularity, rs.getLong(3), rs.getLong(4),
                        withLatency ? LatencyHistogram.fromBytes(rs.getBytes(5)) : new LatencyHistogram()),
                args);
    }

    /**
     * Per integration and range, its buckets in the range summed up into one at the
     * range's start: one scan of the span the ranges cover, each range summed with its
     * own filter (the ranges of one view are near each other: a period and the one
     * before, the months of a history).
     */
    Map<IntegrationId, Map<TimeRange, MetricBucket>> sums(UUID agency, List<UUID> integrations, Granularity granularity,
            List<TimeRange> ranges, boolean withLatency) {
        Map<IntegrationId, Map<TimeRange, MetricBucket>> sums = new HashMap<>();
        List<TimeRange> distinct = ranges.stream().distinct().toList();
        if (integrations.isEmpty() || distinct.isEmpty()) {
            return sums;
        }
        Instant from = distinct.stream().map(TimeRange::from).min(Instant::compareTo).orElseThrow();
        Instant to = distinct.stream().map(TimeRange::to).max(Instant::compareTo).orElseThrow();
        List<Object> bounds = new ArrayList<>();
        distinct.forEach(range -> {
            bounds.add(range.from().atOffset(ZoneOffset.UTC));
            bounds.add(range.to().atOffset(ZoneOffset.UTC));
        });
        List<Object> where = List.of(args(agency, integrations, granularity, from, to));
        Map<UUID, List<LatencyHistogram>> histograms = new HashMap<>();
        if (withLatency) {
            jdbc.query("SELECT integration_id, bucket_start, latency FROM " + rollup
                    + " WHERE agency_id = ? AND integration_id IN (" + in(integrations) + ") AND granularity = ? "
                    + "AND bucket_start >= ? AND bucket_start < ? AND latency IS NOT NULL", rs -> {
                        List<LatencyHistogram> perRange = histograms.computeIfAbsent(rs.getObject(1, UUID.class),
                                i -> distinct.stream().map(r -> new LatencyHistogram()).toList());
                        Instant bucket = rs.getObject(2, OffsetDateTime.class).toInstant();
                        LatencyHistogram sketch = LatencyHistogram.fromBytes(rs.getBytes(3));
                        for (int r = 0; r < distinct.size(); r++) {
                            if (distinct.get(r).contains(bucket)) {
                                perRange.get(r).merge(sketch);
                            }
                        }
                    }, where.toArray());
        }
        jdbc.query("SELECT integration_id, " + perRange(distinct.size(), "total") + ", "
                + perRange(distinct.size(), "good") + " FROM " + rollup + " WHERE agency_id = ? AND integration_id IN ("
                + in(integrations) + ") AND granularity = ? "
                + "AND bucket_start >= ? AND bucket_start < ? GROUP BY integration_id", rs -> {
                    IntegrationId integration = new IntegrationId(rs.getObject(1, UUID.class));
                    List<LatencyHistogram> latency = histograms.get(integration.value());
                    for (int r = 0; r < distinct.size(); r++) {
                        TimeRange range = distinct.get(r);
                        sums.computeIfAbsent(integration, i -> new HashMap<>())
                            .put(range,
                                    new MetricBucket(integration, range.from(), granularity, rs.getLong(2 + r),
                                            rs.getLong(2 + distinct.size() + r),
                                            latency == null ? new LatencyHistogram() : latency.get(r)));
                    }
                }, Stream.of(bounds, bounds, where).flatMap(List::stream).toArray());
        return sums;
    }

    /**
     * {@code COALESCE(SUM(column) FILTER (WHERE bucket_start in range i), 0)} for each
     * range: two parameters each.
     */
    private static String perRange(int ranges, String column) {
        return IntStream.range(0, ranges)
            .mapToObj(r -> "COALESCE(SUM(" + column + ") FILTER (WHERE bucket_start >= ? AND bucket_start < ?), 0)")
            .collect(Collectors.joining(", "));
    }

    private static String in(List<UUID> integrations) {
        return integrations.stream().map(i -> "?").collect(Collectors.joining(", "));
    }

    private static Object[] args(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to) {
        List<Object> args = new ArrayList<>();
        args.add(agency);
        args.addAll(integrations);
        args.add(granularity.code());
        args.add(from.atOffset(ZoneOffset.UTC));
        args.add(to.atOffset(ZoneOffset.UTC));
        return args.toArray();
    }

}
