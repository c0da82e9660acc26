package io.plumbline.metrics.internal;

import io.plumbline.metrics.FailureClass;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds a batch's deltas to the minute, hour and day rollups in the same transaction as the raw
 * rows. Keys are written in a fixed order so that concurrent batches never deadlock.
 */
class RollupWriter {

    static final List<String> FAILURE_COLUMNS = List.of("timeout", "connection", "tls", "server_error", "auth",
            "throttled", "client_error", "assertion_failed", "schema_violation");
    private static final List<String> COUNT_COLUMNS = counts();

    private final JdbcTemplate jdbc;
    private final String rollupUpsert;
    private final String latencyUpsert;

    RollupWriter(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.rollupUpsert = postgres ? postgresRollupUpsert() : h2RollupMerge();
        this.latencyUpsert = postgres
                ? "INSERT INTO rollup_latency (agency_id, integration_id, granularity, bucket_start, bin, client_id, observations) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (agency_id, integration_id, granularity, bucket_start, bin) "
                        + "DO UPDATE SET observations = rollup_latency.observations + EXCLUDED.observations"
                : "MERGE INTO rollup_latency r USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(6)), "
                        + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS SMALLINT), CAST(? AS UUID), CAST(? AS BIGINT))) "
                        + "v(agency_id, integration_id, granularity, bucket_start, bin, client_id, observations) "
                        + "ON r.agency_id = v.agency_id AND r.integration_id = v.integration_id AND r.granularity = v.granularity "
                        + "AND r.bucket_start = v.bucket_start AND r.bin = v.bin "
                        + "WHEN MATCHED THEN UPDATE SET observations = r.observations + v.observations "
                        + "WHEN NOT MATCHED THEN INSERT VALUES (v.agency_id, v.integration_id, v.granularity, v.bucket_start, "
                        + "v.bin, v.client_id, v.observations)";
    }

    void write(Map<RollupDelta.Key, RollupDelta> deltas) {
        SortedMap<RollupDelta.Key, RollupDelta> ordered = new TreeMap<>(deltas);
        List<RollupDelta.Key> keys = new ArrayList<>(ordered.keySet());
        jdbc.batchUpdate(rollupUpsert, keys, 500, (ps, key) -> bindRollup(ps, key, ordered.get(key)));
        List<Object[]> bins = new ArrayList<>();
        ordered.forEach((key, delta) -> delta.latency.bins().forEach((bin, count) -> bins.add(new Object[] {
                key.agency(), key.integration(), key.granularity().code(), key.bucketStart().atOffset(ZoneOffset.UTC),
                bin.shortValue(), delta.client, count})));
        jdbc.batchUpdate(latencyUpsert, bins);
    }

    private static void bindRollup(PreparedStatement ps, RollupDelta.Key key, RollupDelta delta) throws SQLException {
        int i = 1;
        ps.setObject(i++, key.agency());
        ps.setObject(i++, key.integration());
        ps.setString(i++, key.granularity().code());
        ps.setObject(i++, key.bucketStart().atOffset(ZoneOffset.UTC));
        ps.setObject(i++, delta.client);
        ps.setLong(i++, delta.total);
        ps.setLong(i++, delta.good);
        ps.setLong(i++, delta.retried);
        for (FailureClass failureClass : FailureClass.values()) {
            ps.setLong(i++, delta.failures(failureClass));
        }
        ps.setLong(i, delta.latencySumMs);
    }

    private static List<String> counts() {
        List<String> columns = new ArrayList<>(List.of("total", "good", "retried"));
        columns.addAll(FAILURE_COLUMNS);
        columns.add("latency_sum_ms");
        return List.copyOf(columns);
    }

    private static String postgresRollupUpsert() {
        String columns = "agency_id, integration_id, granularity, bucket_start, client_id, " + String.join(", ", COUNT_COLUMNS);
        String placeholders = String.join(", ", java.util.Collections.nCopies(5 + COUNT_COLUMNS.size(), "?"));
        String updates = COUNT_COLUMNS.stream().map(c -> c + " = rollup." + c + " + EXCLUDED." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        return "INSERT INTO rollup (" + columns + ") VALUES (" + placeholders + ") "
                + "ON CONFLICT (agency_id, integration_id, granularity, bucket_start) DO UPDATE SET " + updates;
    }

    private static String h2RollupMerge() {
        String countCasts = COUNT_COLUMNS.stream().map(c -> "CAST(? AS BIGINT)")
                .collect(java.util.stream.Collectors.joining(", "));
        String columns = "agency_id, integration_id, granularity, bucket_start, client_id, " + String.join(", ", COUNT_COLUMNS);
        String updates = COUNT_COLUMNS.stream().map(c -> c + " = r." + c + " + v." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        String values = java.util.Arrays.stream(columns.split(", ")).map(c -> "v." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        return "MERGE INTO rollup r USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(6)), "
                + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS UUID), " + countCasts + ")) v(" + columns + ") "
                + "ON r.agency_id = v.agency_id AND r.integration_id = v.integration_id AND r.granularity = v.granularity "
                + "AND r.bucket_start = v.bucket_start "
                + "WHEN MATCHED THEN UPDATE SET " + updates + " "
                + "WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES (" + values + ")";
    }
}
