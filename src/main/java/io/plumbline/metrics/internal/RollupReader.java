package io.plumbline.metrics.internal;

import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.TimeRange;
import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads health from rollups only: sums of counts, merged latency histograms. */
class RollupReader {

    private static final String SUMS = "COALESCE(SUM(total), 0), COALESCE(SUM(good), 0), COALESCE(SUM(retried), 0), "
            + RollupWriter.FAILURE_COLUMNS.stream().map(c -> "COALESCE(SUM(" + c + "), 0)").collect(Collectors.joining(", "))
            + ", COALESCE(SUM(latency_sum_ms), 0)";

    private static final Duration HOURLY_LATENCY_UP_TO = Duration.ofDays(7);

    private final JdbcTemplate jdbc;

    RollupReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Summary over integrations (one, or all of a client's) within [from, to), both aligned to the granularity. */
    HealthSummary summary(UUID agency, List<UUID> integrations, Granularity granularity, Instant from, Instant to) {
        if (integrations.isEmpty()) {
            return new HealthSummary(from, to, granularity, 0, 0, 0, Map.of(), 0, java.util.OptionalLong.empty(),
                    java.util.OptionalLong.empty(), java.util.OptionalLong.empty());
        }
        String in = in(integrations);
        Object[] args = args(agency, integrations, granularity, from, to);
        HealthSummary counts = jdbc.queryForObject("SELECT " + SUMS + " FROM rollup WHERE agency_id = ? AND integration_id IN ("
                + in + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ?",
                (rs, row) -> summaryRow(rs, from, to, granularity), args);
        LatencyHistogram histogram = tiledHistogram(agency, integrations, granularity, from, to);
        return new HealthSummary(from, to, granularity, counts.total(), counts.good(), counts.retried(), counts.failures(),
                counts.latencySumMs(), histogram.percentile(0.50), histogram.percentile(0.95), histogram.percentile(0.99));
    }

    /**
     * The merged histogram of [from, to): whole days from day rollups and only the edges from hour
     * rollups, so a 30-day window merges about 30 bins per integration and bin instead of 720.
     */
    private LatencyHistogram tiledHistogram(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to) {
        if (granularity != Granularity.HOUR) {
            return histogram(agency, integrations, granularity, from, to);
        }
        Instant firstDay = Granularity.DAY.floor(from).equals(from) ? from : Granularity.DAY.floor(from).plus(Duration.ofDays(1));
        Instant lastDay = Granularity.DAY.floor(to);
        if (!firstDay.isBefore(lastDay)) {
            return histogram(agency, integrations, Granularity.HOUR, from, to);
        }
        LatencyHistogram merged = histogram(agency, integrations, Granularity.DAY, firstDay, lastDay);
        if (from.isBefore(firstDay)) {
            histogram(agency, integrations, Granularity.HOUR, from, firstDay).bins().forEach(merged::add);
        }
        if (lastDay.isBefore(to)) {
            histogram(agency, integrations, Granularity.HOUR, lastDay, to).bins().forEach(merged::add);
        }
        return merged;
    }

    private LatencyHistogram histogram(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to) {
        LatencyHistogram histogram = new LatencyHistogram();
        jdbc.query("SELECT bin, SUM(observations) FROM rollup_latency WHERE agency_id = ? AND integration_id IN ("
                + in(integrations) + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? GROUP BY bin",
                rs -> {
                    histogram.add(rs.getInt(1), rs.getLong(2));
                }, args(agency, integrations, granularity, from, to));
        return histogram;
    }

    /** One point per bucket that has data, oldest first. */
    List<HealthPoint> series(UUID agency, List<UUID> integrations, Granularity granularity, Instant from, Instant to) {
        if (integrations.isEmpty()) {
            return List.of();
        }
        String in = in(integrations);
        Object[] args = args(agency, integrations, granularity, from, to);
        Map<Instant, HealthSummary> sums = new LinkedHashMap<>();
        jdbc.query("SELECT bucket_start, " + SUMS + " FROM rollup WHERE agency_id = ? AND integration_id IN (" + in
                + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? GROUP BY bucket_start ORDER BY bucket_start",
                rs -> {
                    Instant bucket = rs.getObject(1, OffsetDateTime.class).toInstant();
                    sums.put(bucket, summaryRowAt(rs, 2, bucket, bucket.plus(granularity.size()), granularity));
                }, args);
        // Hourly percentiles of a long window would merge hundreds of thousands of bin rows: its latency
        // lines are drawn per day instead (each hour shows its day's percentiles).
        Granularity latencyGranularity = granularity == Granularity.HOUR
                && Duration.between(from, to).compareTo(HOURLY_LATENCY_UP_TO) > 0 ? Granularity.DAY : granularity;
        Object[] latencyArgs = args(agency, integrations, latencyGranularity, latencyGranularity.floor(from), to);
        Map<Instant, LatencyHistogram> histograms = new LinkedHashMap<>();
        jdbc.query("SELECT bucket_start, bin, SUM(observations) FROM rollup_latency WHERE agency_id = ? AND integration_id IN ("
                + in + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? GROUP BY bucket_start, bin",
                rs -> {
                    histograms.computeIfAbsent(rs.getObject(1, OffsetDateTime.class).toInstant(), b -> new LatencyHistogram())
                            .add(rs.getInt(2), rs.getLong(3));
                }, latencyArgs);
        List<HealthPoint> points = new ArrayList<>(sums.size());
        sums.forEach((bucket, sum) -> {
            LatencyHistogram histogram = histograms.getOrDefault(latencyGranularity.floor(bucket), new LatencyHistogram());
            points.add(new HealthPoint(bucket, sum.total(), sum.good(), sum.failures(), histogram.percentile(0.50),
                    histogram.percentile(0.95), histogram.percentile(0.99)));
        });
        return points;
    }

    /**
     * Every bucket with data in any of the [from, to) {@code ranges}, per integration (not summed across them), oldest
     * first within each range; with empty latency histograms unless {@code withLatency}. One query per range: a range
     * condition the index can seek on, where ORed ranges made PostgreSQL read every bucket of the agency.
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
        Map<BucketKey, LatencyHistogram> histograms = new HashMap<>();
        if (withLatency) {
            jdbc.query("SELECT integration_id, bucket_start, bin, observations FROM rollup_latency WHERE agency_id = ? "
                    + "AND integration_id IN (" + in + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ?",
                    rs -> {
                        histograms.computeIfAbsent(new BucketKey(rs.getObject(1, UUID.class),
                                rs.getObject(2, OffsetDateTime.class).toInstant()), k -> new LatencyHistogram())
                                .add(rs.getInt(3), rs.getLong(4));
                    }, args);
        }
        return jdbc.query("SELECT integration_id, bucket_start, total, good FROM rollup WHERE agency_id = ? "
                + "AND integration_id IN (" + in + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? "
                + "ORDER BY bucket_start, integration_id",
                (rs, row) -> {
                    BucketKey key = new BucketKey(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant());
                    return new MetricBucket(new IntegrationId(key.integration()), key.start(), granularity, rs.getLong(3),
                            rs.getLong(4), histograms.getOrDefault(key, new LatencyHistogram()));
                }, args);
    }

    private record BucketKey(UUID integration, Instant start) {
    }

    private static HealthSummary summaryRow(ResultSet rs, Instant from, Instant to, Granularity granularity)
            throws SQLException {
        return summaryRowAt(rs, 1, from, to, granularity);
    }

    private static HealthSummary summaryRowAt(ResultSet rs, int first, Instant from, Instant to, Granularity granularity)
            throws SQLException {
        Map<FailureClass, Long> failures = new EnumMap<>(FailureClass.class);
        int column = first + 3;
        for (FailureClass failureClass : FailureClass.values()) {
            long count = rs.getLong(column++);
            if (count > 0) {
                failures.put(failureClass, count);
            }
        }
        return new HealthSummary(from, to, granularity, rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2),
                failures, rs.getLong(column), java.util.OptionalLong.empty(), java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty());
    }

    private static String in(List<UUID> integrations) {
        return integrations.stream().map(i -> "?").collect(Collectors.joining(", "));
    }

    private static Object[] args(UUID agency, List<UUID> integrations, Granularity granularity, Instant from, Instant to) {
        List<Object> args = new ArrayList<>();
        args.add(agency);
        args.addAll(integrations);
        args.add(granularity.code());
        args.add(from.atOffset(ZoneOffset.UTC));
        args.add(to.atOffset(ZoneOffset.UTC));
        return args.toArray();
    }
}
