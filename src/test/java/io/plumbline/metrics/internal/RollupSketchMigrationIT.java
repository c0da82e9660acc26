package io.plumbline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.metrics.LatencyHistogram;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.data.Percentage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Flyway V29: rollups written in the old shape (counts in {@code rollup}, one
 * {@code rollup_latency} row per bin) by the schema of V28, then migrated to the latest
 * version, on PostgreSQL (in a schema of its own in the test database, as the owner, with
 * row-level security on) and on H2. Every count of every row is unchanged, every bucket's
 * sketch holds exactly its old bins, and p50/p95/p99 of each bucket and of whole windows
 * are within the sketch's error of the exact values of the generated latencies.
 */
class RollupSketchMigrationIT {

    private static final String PG_URL = System.getenv()
        .getOrDefault("PLUMBLINE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/plumbline_test");

    private static final String[] COUNT_COLUMNS = { "total", "good", "retried", "timeout", "connection", "tls",
            "server_error", "auth", "throttled", "client_error", "assertion_failed", "schema_violation",
            "latency_sum_ms" };

    @Test
    void postgres_rollups_of_the_old_shape_keep_every_count_and_percentile() throws SQLException {
        String schema = "rollup_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // SQL functions of other migrations name public tables, which may not exist yet
        // in a fresh test database: their bodies are not checked here.
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&options=-c%20check_function_bodies%3Doff";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url,
                System.getenv().getOrDefault("PLUMBLINE_TEST_DB_OWNER_USER", "plumbline_owner"),
                System.getenv().getOrDefault("PLUMBLINE_TEST_DB_OWNER_PASSWORD", "plumbline"), true);
        try {
            migrateAndCompare(dataSource, true, flyway(dataSource, "postgresql").schemas(schema).createSchemas(true));
        }
        finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            dataSource.destroy();
        }
    }

    @Test
    void h2_rollups_of_the_old_shape_keep_every_count_and_percentile() throws SQLException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "", true);
        try {
            migrateAndCompare(dataSource, false, flyway(dataSource, "h2"));
        }
        finally {
            dataSource.destroy();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource,
            String vendor) {
        return Flyway.configure()
            .dataSource(dataSource)
            .locations("filesystem:db/migration/common", "filesystem:db/migration/" + vendor)
            .placeholders(Map.of("app_role", "plumbline_app"))
            .javaMigrations(new RollupSketchMigration());
    }

    private static void migrateAndCompare(SingleConnectionDataSource dataSource, boolean postgres,
            org.flywaydb.core.api.configuration.FluentConfiguration flyway) throws SQLException {
        // The last version before V29, whichever branch brought it.
        String before = Arrays.stream(flyway.load().info().all())
            .map(m -> m.getVersion())
            .filter(v -> v.compareTo(MigrationVersion.fromVersion("29")) < 0)
            .max(Comparable::compareTo)
            .orElseThrow()
            .getVersion();
        flyway.target(before).load().migrate();
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        List<OldBucket> old = oldShape(new SplittableRandom(29));
        for (OldBucket bucket : old) {
            tenant(connection, postgres, bucket.agency);
            insertOldShape(connection, bucket);
        }
        connection.commit();
        assertThat(count(connection, postgres, old, "SELECT count(*) FROM rollup_latency")).isPositive();

        flyway.target("latest").load().migrate();

        connection.setAutoCommit(false);
        Map<UUID, Map<Key, Object[]>> migrated = new HashMap<>();
        for (UUID agency : old.stream().map(b -> b.agency).distinct().toList()) {
            tenant(connection, postgres, agency);
            migrated.put(agency, read(connection, agency));
        }
        connection.commit();
        assertThat(migrated.values().stream().mapToInt(Map::size).sum()).as("rollup rows").isEqualTo(old.size());
        Map<Key, LatencyHistogram> windows = new HashMap<>();
        Map<Key, List<Integer>> windowLatencies = new HashMap<>();
        for (OldBucket bucket : old) {
            Object[] row = migrated.get(bucket.agency).get(bucket.key());
            assertThat(row).as("row of %s", bucket.key()).isNotNull();
            for (int c = 0; c < COUNT_COLUMNS.length; c++) {
                assertThat(row[c]).as("%s of %s", COUNT_COLUMNS[c], bucket.key()).isEqualTo(bucket.counts[c]);
            }
            LatencyHistogram sketch = LatencyHistogram.fromBytes((byte[]) row[COUNT_COLUMNS.length]);
            assertThat(sketch.bins()).as("bins of %s", bucket.key()).isEqualTo(bucket.histogram().bins());
            assertWithinSketchError(sketch, bucket.latencies, bucket.key().toString());
            Key window = new Key(bucket.agency, bucket.integration, bucket.granularity, null);
            windows.computeIfAbsent(window, w -> new LatencyHistogram()).merge(sketch);
            windowLatencies.computeIfAbsent(window, w -> new ArrayList<>()).addAll(bucket.latencies);
        }
        windows.forEach((window, merged) -> assertWithinSketchError(merged, windowLatencies.get(window),
                "window of " + window));
        assertThat(tableExists(connection, "rollup_latency")).isFalse();
        connection.commit();
    }

    private static void assertWithinSketchError(LatencyHistogram sketch, List<Integer> latencies, String what) {
        if (latencies.isEmpty()) {
            assertThat(sketch.isEmpty()).as(what).isTrue();
            return;
        }
        int[] sorted = latencies.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (double quantile : new double[] { 0.5, 0.95, 0.99 }) {
            long exact = sorted[(int) Math.ceil(quantile * sorted.length) - 1];
            assertThat((double) sketch.percentile(quantile).orElseThrow()).as("p%s of %s", quantile * 100, what)
                .isCloseTo(exact, Percentage.withPercentage(2));
        }
    }

    private record Key(UUID agency, UUID integration, String granularity, Instant start) {
    }

    /** One old-shape bucket: its counts and the latencies of its good calls. */
    private record OldBucket(UUID agency, UUID client, UUID integration, String granularity, Instant start,
            long[] counts, List<Integer> latencies) {

        Key key() {
            return new Key(agency, integration, granularity, start);
        }

        LatencyHistogram histogram() {
            LatencyHistogram histogram = new LatencyHistogram();
            latencies.forEach(histogram::record);
            return histogram;
        }

    }

    /**
     * Two agencies, three integrations each, minute, hour and day buckets; some buckets
     * without a good call (no bins), and latencies from 0 ms to minutes.
     */
    private static List<OldBucket> oldShape(SplittableRandom random) {
        List<OldBucket> buckets = new ArrayList<>();
        Instant start = Instant.parse("2026-03-29T00:00:00Z");
        for (int a = 0; a < 2; a++) {
            UUID agency = UUID.randomUUID();
            UUID client = UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                UUID integration = UUID.randomUUID();
                for (String granularity : List.of("minute", "hour", "day")) {
                    Duration step = switch (granularity) {
                        case "minute" -> Duration.ofMinutes(1);
                        case "hour" -> Duration.ofHours(1);
                        default -> Duration.ofDays(1);
                    };
                    for (int b = 0; b < 40; b++) {
                        int good = b % 13 == 5 ? 0 : 1 + random.nextInt(granularity.equals("minute") ? 200 : 3_000);
                        List<Integer> latencies = new ArrayList<>(good);
                        long sum = 0;
                        for (int g = 0; g < good; g++) {
                            int latency = g % 97 == 0 ? random.nextInt(3)
                                    : (int) Math.round(Math.exp(5 + 1.2 * random.nextGaussian()));
                            latencies.add(latency);
                            sum += latency;
                        }
                        long[] counts = new long[COUNT_COLUMNS.length];
                        long[] failures = new long[9];
                        for (int f = 0; f < failures.length; f++) {
                            failures[f] = random.nextInt(4);
                        }
                        long bad = Arrays.stream(failures).sum();
                        counts[0] = good + bad;
                        counts[1] = good;
                        counts[2] = random.nextInt(good + 1);
                        System.arraycopy(failures, 0, counts, 3, failures.length);
                        counts[12] = sum;
                        buckets.add(new OldBucket(agency, client, integration, granularity,
                                start.plus(step.multipliedBy(b)), counts, latencies));
                    }
                }
            }
        }
        return buckets;
    }

    private static void tenant(Connection connection, boolean postgres, UUID agency) throws SQLException {
        if (postgres) {
            try (PreparedStatement statement = connection
                .prepareStatement("SELECT set_config('plumbline.agency_id', ?, true)")) {
                statement.setString(1, agency.toString());
                statement.execute();
            }
        }
    }

    private static void insertOldShape(Connection connection, OldBucket bucket) throws SQLException {
        try (PreparedStatement rollup = connection
            .prepareStatement("INSERT INTO rollup (agency_id, integration_id, granularity, bucket_start, client_id, "
                    + String.join(", ", COUNT_COLUMNS) + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(COUNT_COLUMNS.length)
                    + ")");
                PreparedStatement bins = connection.prepareStatement(
                        "INSERT INTO rollup_latency (agency_id, integration_id, granularity, bucket_start, bin, "
                                + "client_id, observations) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            rollup.setObject(1, bucket.agency);
            rollup.setObject(2, bucket.integration);
            rollup.setString(3, bucket.granularity);
            rollup.setObject(4, bucket.start.atOffset(ZoneOffset.UTC));
            rollup.setObject(5, bucket.client);
            for (int c = 0; c < COUNT_COLUMNS.length; c++) {
                rollup.setLong(6 + c, bucket.counts[c]);
            }
            rollup.executeUpdate();
            for (Map.Entry<Integer, Long> bin : bucket.histogram().bins().entrySet()) {
                bins.setObject(1, bucket.agency);
                bins.setObject(2, bucket.integration);
                bins.setString(3, bucket.granularity);
                bins.setObject(4, bucket.start.atOffset(ZoneOffset.UTC));
                bins.setShort(5, bin.getKey().shortValue());
                bins.setObject(6, bucket.client);
                bins.setLong(7, bin.getValue());
                bins.addBatch();
            }
            bins.executeBatch();
        }
    }

    private static Map<Key, Object[]> read(Connection connection, UUID agency) throws SQLException {
        Map<Key, Object[]> rows = new HashMap<>();
        try (PreparedStatement statement = connection
            .prepareStatement("SELECT integration_id, granularity, bucket_start, " + String.join(", ", COUNT_COLUMNS)
                    + ", latency FROM rollup WHERE agency_id = ?")) {
            statement.setObject(1, agency);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[COUNT_COLUMNS.length + 1];
                    for (int c = 0; c < COUNT_COLUMNS.length; c++) {
                        row[c] = rs.getLong(4 + c);
                    }
                    row[COUNT_COLUMNS.length] = rs.getBytes(4 + COUNT_COLUMNS.length);
                    rows.put(new Key(agency, rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant()), row);
                }
            }
        }
        return rows;
    }

    private static long count(Connection connection, boolean postgres, List<OldBucket> old, String sql)
            throws SQLException {
        long total = 0;
        for (UUID agency : old.stream().map(b -> b.agency).distinct().toList()) {
            tenant(connection, postgres, agency);
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                total += rs.getLong(1);
            }
        }
        connection.commit();
        return total;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, table, new String[] { "TABLE" })) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase(connection.getSchema())) {
                    return true;
                }
            }
            return false;
        }
    }

}
