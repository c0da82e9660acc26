package io.plumbline.bench;

import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.internal.RollupSketchMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Rollup storage and latency reads before and after Flyway V29 on the same generated data
 * (docs/performance.md, "Rollup storage"): a schema of its own in the test database is
 * migrated to the version before 29, filled with the rollups the old writer made for
 * {@code bench.observations} observations (counts in {@code rollup}, one
 * {@code rollup_latency} row per bin), measured, migrated to the latest version (the real
 * migration), {@code VACUUM FULL}-ed and measured again. Bytes per observation are the
 * tables' total size (heap, TOAST and indexes) over the observations; the read is the
 * latency part of a client view: 5 integrations' merged sketches over 7 days of hour
 * rollups and over 1 day of minute rollups.
 */
class RollupStorageBenchmark {

    private static final long OBSERVATIONS = Long.getLong("bench.observations", 2_000_000);

    private static final int INTEGRATIONS = Integer.getInteger("bench.integrations", 20);

    private static final int DAYS = Integer.getInteger("bench.days", 7);

    private static final int READS = Integer.getInteger("bench.reads", 100);

    private static final String URL = System.getenv()
        .getOrDefault("PLUMBLINE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/plumbline_test");

    private static final String[] GRANULARITIES = { "minute", "hour", "day" };

    private final UUID agency = UUID.randomUUID();

    private final UUID client = UUID.randomUUID();

    private final List<UUID> integrations = new ArrayList<>();

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(DAYS));

    @Test
    void rollup_bytes_per_observation_and_latency_reads_before_and_after_the_sketch_migration() throws Exception {
        BenchReport report = new BenchReport("rollup-storage");
        report.line("load average at start: " + BenchReport.loadAverage());
        String schema = "rollup_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                        + "&reWriteBatchedInserts=true&options=-c%20check_function_bodies%3Doff",
                System.getenv().getOrDefault("PLUMBLINE_TEST_DB_OWNER_USER", "plumbline_owner"),
                System.getenv().getOrDefault("PLUMBLINE_TEST_DB_OWNER_PASSWORD", "plumbline"), true);
        FluentConfiguration flyway = Flyway.configure()
            .dataSource(dataSource)
            .schemas(schema)
            .createSchemas(true)
            .locations("filesystem:db/migration/common", "filesystem:db/migration/postgresql")
            .placeholders(Map.of("app_role", "plumbline_app"))
            .javaMigrations(new RollupSketchMigration());
        try {
            String before = Arrays.stream(flyway.load().info().all())
                .map(m -> m.getVersion())
                .filter(v -> v.compareTo(MigrationVersion.fromVersion("29")) < 0)
                .max(Comparable::compareTo)
                .orElseThrow()
                .getVersion();
            flyway.target(before).load().migrate();
            Connection connection = dataSource.getConnection();
            for (int i = 0; i < INTEGRATIONS; i++) {
                integrations.add(UUID.randomUUID());
            }
            long loadStarted = System.nanoTime();
            long observations = loadOldShape(connection);
            report.line(
                    "data: %,d observations over %d days for %d integrations (one agency), rollups written in the old shape in %d s"
                        .formatted(observations, DAYS, INTEGRATIONS,
                                (System.nanoTime() - loadStarted) / 1_000_000_000));
            vacuum(connection, "VACUUM ANALYZE rollup, rollup_latency");
            tenant(connection);
            long rows = count(connection, "SELECT count(*) FROM rollup");
            long bins = count(connection, "SELECT count(*) FROM rollup_latency");
            long beforeBytes = size(connection, "rollup") + size(connection, "rollup_latency");
            report.line("before: %,d rollup rows + %,d rollup_latency rows, %,d bytes = %.1f bytes per observation"
                .formatted(rows, bins, beforeBytes, (double) beforeBytes / observations));
            report.line("  rollup %,d bytes, rollup_latency %,d bytes".formatted(size(connection, "rollup"),
                    size(connection, "rollup_latency")));
            reads(report, connection, "before", false);

            long migrationStarted = System.nanoTime();
            flyway.target("latest").load().migrate();
            report.line("migration V29 (%,d buckets with bins into sketches): %d s".formatted(rows,
                    (System.nanoTime() - migrationStarted) / 1_000_000_000));
            vacuum(connection, "VACUUM FULL ANALYZE rollup");
            long afterBytes = size(connection, "rollup");
            tenant(connection);
            long sketchBytes = count(connection, "SELECT coalesce(sum(octet_length(latency)), 0) FROM rollup");
            Map<String, Long> perGranularity = new HashMap<>();
            for (String granularity : GRANULARITIES) {
                perGranularity.put(granularity, count(connection,
                        "SELECT coalesce(avg(octet_length(latency)), 0)::bigint FROM rollup WHERE granularity = '"
                                + granularity + "'"));
            }
            connection.commit();
            report.line("after: %,d rollup rows, %,d bytes = %.1f bytes per observation (%.1f× smaller)".formatted(rows,
                    afterBytes, (double) afterBytes / observations, (double) beforeBytes / afterBytes));
            report.line("  sketches %,d bytes in all; average sketch: minute %d, hour %d, day %d bytes".formatted(
                    sketchBytes, perGranularity.get("minute"), perGranularity.get("hour"), perGranularity.get("day")));
            reads(report, connection, "after", true);
            report.line("load average at end: " + BenchReport.loadAverage());
        }
        finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            dataSource.destroy();
            report.save();
        }
    }

    /**
     * What the old writer stored for the generated observations: 85 % good, log-normal
     * latencies around 150 ms, spread evenly over integrations and time.
     */
    private long loadOldShape(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(17);
        long minutes = Duration.ofDays(DAYS).toMinutes();
        long perMinute = Math.max(1, OBSERVATIONS / (minutes * INTEGRATIONS));
        long observations = 0;
        try (PreparedStatement rollup = connection.prepareStatement(
                "INSERT INTO rollup (agency_id, integration_id, granularity, bucket_start, client_id, total, good, "
                        + "retried, timeout, connection, tls, server_error, auth, throttled, client_error, "
                        + "assertion_failed, schema_violation, latency_sum_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, ?)");
                PreparedStatement bins = connection.prepareStatement(
                        "INSERT INTO rollup_latency (agency_id, integration_id, granularity, bucket_start, bin, "
                                + "client_id, observations) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (UUID integration : integrations) {
                tenant(connection);
                Map<Instant, long[]> hours = new HashMap<>();
                Map<Instant, LatencyHistogram> hourLatency = new HashMap<>();
                Map<Instant, long[]> days = new HashMap<>();
                Map<Instant, LatencyHistogram> dayLatency = new HashMap<>();
                for (long m = 0; m < minutes; m++) {
                    Instant minute = start.plus(Duration.ofMinutes(m));
                    long[] counts = new long[3];
                    LatencyHistogram latency = new LatencyHistogram();
                    long calls = perMinute / 2 + random.nextLong(perMinute + 1);
                    for (long c = 0; c < calls; c++) {
                        counts[0]++;
                        if (random.nextInt(100) < 85) {
                            int ms = (int) Math.max(1, Math.round(Math.exp(5 + 0.6 * random.nextGaussian())));
                            counts[1]++;
                            counts[2] += ms;
                            latency.record(ms);
                        }
                    }
                    observations += counts[0];
                    add(rollup, bins, integration, "minute", minute, counts, latency);
                    Instant hour = minute.truncatedTo(ChronoUnit.HOURS);
                    sum(hours, hourLatency, hour, counts, latency);
                    sum(days, dayLatency, minute.truncatedTo(ChronoUnit.DAYS), counts, latency);
                    if (m % 2_000 == 0) {
                        rollup.executeBatch();
                        bins.executeBatch();
                    }
                }
                for (Map.Entry<Instant, long[]> hour : hours.entrySet()) {
                    add(rollup, bins, integration, "hour", hour.getKey(), hour.getValue(),
                            hourLatency.get(hour.getKey()));
                }
                for (Map.Entry<Instant, long[]> day : days.entrySet()) {
                    add(rollup, bins, integration, "day", day.getKey(), day.getValue(), dayLatency.get(day.getKey()));
                }
                rollup.executeBatch();
                bins.executeBatch();
                connection.commit();
            }
        }
        return observations;
    }

    private static void sum(Map<Instant, long[]> counts, Map<Instant, LatencyHistogram> latency, Instant bucket,
            long[] add, LatencyHistogram addLatency) {
        long[] sum = counts.computeIfAbsent(bucket, b -> new long[3]);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += add[i];
        }
        latency.computeIfAbsent(bucket, b -> new LatencyHistogram()).merge(addLatency);
    }

    private void add(PreparedStatement rollup, PreparedStatement bins, UUID integration, String granularity,
            Instant bucket, long[] counts, LatencyHistogram latency) throws SQLException {
        if (counts[0] == 0) {
            return;
        }
        rollup.setObject(1, agency);
        rollup.setObject(2, integration);
        rollup.setString(3, granularity);
        rollup.setObject(4, bucket.atOffset(ZoneOffset.UTC));
        rollup.setObject(5, client);
        rollup.setLong(6, counts[0]);
        rollup.setLong(7, counts[1]);
        rollup.setLong(8, counts[0] - counts[1]);
        rollup.setLong(9, counts[2]);
        rollup.addBatch();
        for (Map.Entry<Integer, Long> bin : latency.bins().entrySet()) {
            bins.setObject(1, agency);
            bins.setObject(2, integration);
            bins.setString(3, granularity);
            bins.setObject(4, bucket.atOffset(ZoneOffset.UTC));
            bins.setShort(5, bin.getKey().shortValue());
            bins.setObject(6, client);
            bins.setLong(7, bin.getValue());
            bins.addBatch();
        }
    }

    /** The latency part of a client view, old SQL or new, p50/p95 of READS runs. */
    private void reads(BenchReport report, Connection connection, String label, boolean sketches) throws SQLException {
        List<UUID> five = integrations.subList(0, Math.min(5, integrations.size()));
        Instant end = start.plus(Duration.ofDays(DAYS));
        for (String granularity : List.of("hour", "minute")) {
            Instant from = granularity.equals("hour") ? start : end.minus(Duration.ofDays(1));
            double[] millis = new double[READS];
            long merged = 0;
            for (int r = -10; r < READS; r++) {
                long began = System.nanoTime();
                tenant(connection);
                Map<UUID, LatencyHistogram> histograms = new HashMap<>();
                String in = String.join(", ", five.stream().map(i -> "?").toList());
                String sql = sketches
                        ? "SELECT integration_id, latency FROM rollup WHERE agency_id = ? AND integration_id IN (" + in
                                + ") AND granularity = ? AND bucket_start >= ? AND bucket_start < ? AND latency IS NOT NULL"
                        : "SELECT integration_id, bin, SUM(observations) FROM rollup_latency WHERE agency_id = ? "
                                + "AND integration_id IN (" + in + ") AND granularity = ? AND bucket_start >= ? "
                                + "AND bucket_start < ? GROUP BY integration_id, bin";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int p = 1;
                    statement.setObject(p++, agency);
                    for (UUID integration : five) {
                        statement.setObject(p++, integration);
                    }
                    statement.setString(p++, granularity);
                    statement.setObject(p++, from.atOffset(ZoneOffset.UTC));
                    statement.setObject(p, end.atOffset(ZoneOffset.UTC));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            LatencyHistogram histogram = histograms.computeIfAbsent(rs.getObject(1, UUID.class),
                                    i -> new LatencyHistogram());
                            if (sketches) {
                                histogram.addBytes(rs.getBytes(2));
                            }
                            else {
                                histogram.add(rs.getInt(2), rs.getLong(3));
                            }
                        }
                    }
                }
                histograms.values().forEach(h -> h.percentile(0.95));
                connection.commit();
                merged = histograms.values().stream().mapToLong(LatencyHistogram::total).sum();
                if (r >= 0) {
                    millis[r] = (System.nanoTime() - began) / 1e6;
                }
            }
            report.line(
                    "%s, latency of 5 integrations over %s of %s rollups (%,d calls merged): p50 %.1f ms, p95 %.1f ms (%d reads after 10 warm-up)"
                        .formatted(label, granularity.equals("hour") ? DAYS + " days" : "1 day", granularity, merged,
                                BenchReport.percentile(millis.clone(), 0.5),
                                BenchReport.percentile(millis.clone(), 0.95), READS));
        }
    }

    private void tenant(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection
            .prepareStatement("SELECT set_config('plumbline.agency_id', ?, true)")) {
            statement.setString(1, agency.toString());
            statement.execute();
        }
    }

    private static void vacuum(Connection connection, String command) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
        connection.setAutoCommit(false);
    }

    private static long size(Connection connection, String table) throws SQLException {
        return count(connection, "SELECT pg_total_relation_size('" + table + "')");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
