package io.plumbline.metrics.internal;

import io.plumbline.metrics.LatencyHistogram;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway V29_1, on PostgreSQL and H2: moves every latency bin of {@code rollup_latency}
 * into its rollup row's {@code latency} sketch (added by V29; V29_2 drops the old table).
 * In Java because SQL cannot build the sketch's bytes: the rows are streamed in key
 * order, each bucket's bins become one {@link LatencyHistogram} and one batched UPDATE.
 * Counts are not touched; a bin without its rollup row (never written by the old writer,
 * which wrote both in one transaction) stops the migration rather than being dropped.
 *
 * <p>
 * Flyway runs it as the owner, to whom the tables' forced row-level security applies; the
 * conversion crosses tenants, so it lifts the force for the length of its own transaction
 * and restores it at the end (PostgreSQL DDL is transactional).
 *
 * <p>
 * Spring Boot hands every {@link JavaMigration} bean to Flyway; a Flyway configured by
 * hand must be given one ({@code javaMigrations(new RollupSketchMigration())}).
 */
public class RollupSketchMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("29.1");
    }

    @Override
    public String getDescription() {
        return "rollup latency bins into sketches";
    }

    @Override
    public Integer getChecksum() {
        return 29_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .contains("postgres");
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE rollup NO FORCE ROW LEVEL SECURITY");
                statement.execute("ALTER TABLE rollup_latency NO FORCE ROW LEVEL SECURITY");
            }
        }
        convert(connection);
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE rollup FORCE ROW LEVEL SECURITY");
                statement.execute("ALTER TABLE rollup_latency FORCE ROW LEVEL SECURITY");
            }
        }
    }

    private static void convert(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT agency_id, integration_id, granularity, bucket_start, bin, observations FROM rollup_latency "
                        + "ORDER BY agency_id, integration_id, granularity, bucket_start, bin");
                PreparedStatement update = connection.prepareStatement("UPDATE rollup SET latency = ? "
                        + "WHERE agency_id = ? AND integration_id = ? AND granularity = ? AND bucket_start = ?")) {
            read.setFetchSize(10_000);
            Pending pending = new Pending(update);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class));
                    pending.bin(key, rs.getInt(5), rs.getLong(6));
                }
            }
            pending.finish();
        }
    }

    private record Key(UUID agency, UUID integration, String granularity, OffsetDateTime bucketStart) {
    }

    /** The bucket being read and the updates not yet sent. */
    private static final class Pending {

        private final PreparedStatement update;

        private final java.util.List<Key> batched = new java.util.ArrayList<>();

        private Key key;

        private LatencyHistogram histogram;

        Pending(PreparedStatement update) {
            this.update = update;
        }

        void bin(Key next, int bin, long observations) throws SQLException {
            if (!Objects.equals(key, next)) {
                flushBucket();
                key = next;
                histogram = new LatencyHistogram();
            }
            histogram.add(bin, observations);
        }

        void finish() throws SQLException {
            flushBucket();
            execute();
        }

        private void flushBucket() throws SQLException {
            if (key == null) {
                return;
            }
            update.setBytes(1, histogram.toBytes());
            update.setObject(2, key.agency());
            update.setObject(3, key.integration());
            update.setString(4, key.granularity());
            update.setObject(5, key.bucketStart());
            update.addBatch();
            batched.add(key);
            if (batched.size() >= BATCH) {
                execute();
            }
        }

        private void execute() throws SQLException {
            if (batched.isEmpty()) {
                return;
            }
            int[] updated = update.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    throw new IllegalStateException("rollup_latency has bins of a bucket without a rollup row: "
                            + batched.get(i) + "; add the row or delete the bins, then migrate again");
                }
            }
            batched.clear();
        }

    }

}
