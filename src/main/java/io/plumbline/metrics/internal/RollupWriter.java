package io.plumbline.metrics.internal;

import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds a batch's deltas to the rollups in the same transaction as the raw rows. Keys are
 * written in a fixed order so that concurrent batches never deadlock. Counts are added in
 * the database: on PostgreSQL multi-row {@code INSERT … ON CONFLICT DO UPDATE} statements
 * (one round trip per chunk instead of one per row), on H2 a batch of standard
 * {@code MERGE}s. That statement also locks the rows, so the latency sketches can then be
 * merged here without a race: PostgreSQL returns each row's stored sketch from the upsert
 * itself ({@code RETURNING}), H2 reads them after it; each changed sketch is written back
 * with one batched UPDATE.
 */
class RollupWriter {

    static final List<String> FAILURE_COLUMNS = List.of("timeout", "connection", "tls", "server_error", "auth",
            "throttled", "client_error", "assertion_failed", "schema_violation");

    private static final List<String> ROLLUP_KEY = List.of("agency_id", "integration_id", "granularity",
            "bucket_start");

    private static final List<String> ROLLUP_COLUMNS = rollupColumns();

    private static final List<String> ROLLUP_COUNTS = ROLLUP_COLUMNS.subList(5, ROLLUP_COLUMNS.size());

    /** PostgreSQL takes at most 32,767 parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    RollupWriter(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    void write(Map<RollupDelta.Key, RollupDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        SortedMap<RollupDelta.Key, RollupDelta> ordered = new TreeMap<>(deltas);
        List<Object[]> rollups = new ArrayList<>(ordered.size());
        ordered.forEach((key, delta) -> rollups.add(rollupRow(key, delta)));
        Map<RollupDelta.Key, byte[]> stored = postgres ? upsertReturningLatency(rollups)
                : mergeThenReadLatency(rollups, ordered);
        List<Object[]> sketches = new ArrayList<>();
        ordered.forEach((key, delta) -> {
            if (delta.latency.isEmpty()) {
                return;
            }
            LatencyHistogram merged = LatencyHistogram.fromBytes(stored.get(key));
            merged.merge(delta.latency);
            sketches.add(new Object[] { merged.toBytes(), key.agency(), key.integration(), key.granularity().code(),
                    key.bucketStart().atOffset(ZoneOffset.UTC) });
        });
        if (!sketches.isEmpty()) {
            jdbc.batchUpdate("UPDATE rollup SET latency = ? WHERE agency_id = ? AND integration_id = ? "
                    + "AND granularity = ? AND bucket_start = ?", sketches);
        }
    }

    /**
     * The counts upsert, which returns the sketch each row holds (locked until commit).
     */
    private Map<RollupDelta.Key, byte[]> upsertReturningLatency(List<Object[]> rows) {
        Map<RollupDelta.Key, byte[]> stored = new HashMap<>();
        int chunk = MAX_PARAMETERS / ROLLUP_COLUMNS.size();
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            jdbc.query(postgresUpsert("rollup", ROLLUP_COLUMNS, ROLLUP_KEY, ROLLUP_COUNTS, part.size())
                    + " RETURNING agency_id, integration_id, granularity, bucket_start, latency", rs -> {
                        stored.put(key(rs), rs.getBytes(5));
                    }, part.stream().flatMap(Arrays::stream).toArray());
        }
        return stored;
    }

    /**
     * H2: the counts MERGE, then each (integration, granularity)'s stored sketches of the
     * buckets it touched, read within the span of those buckets.
     */
    private Map<RollupDelta.Key, byte[]> mergeThenReadLatency(List<Object[]> rows,
            SortedMap<RollupDelta.Key, RollupDelta> ordered) {
        jdbc.batchUpdate(h2Merge("rollup", ROLLUP_COLUMNS, ROLLUP_KEY, ROLLUP_COUNTS), rows);
        Map<RollupDelta.Key, byte[]> stored = new HashMap<>();
        Map<List<Object>, List<RollupDelta.Key>> spans = new LinkedHashMap<>();
        ordered.forEach((key, delta) -> {
            if (!delta.latency.isEmpty()) {
                spans
                    .computeIfAbsent(List.of(key.agency(), key.integration(), key.granularity()),
                            k -> new ArrayList<>())
                    .add(key);
            }
        });
        spans.forEach((span, keys) -> {
            RollupDelta.Key first = keys.get(0);
            RollupDelta.Key last = keys.get(keys.size() - 1);
            jdbc.query("SELECT agency_id, integration_id, granularity, bucket_start, latency FROM rollup "
                    + "WHERE agency_id = ? AND integration_id = ? AND granularity = ? "
                    + "AND bucket_start >= ? AND bucket_start <= ?", rs -> {
                        stored.put(key(rs), rs.getBytes(5));
                    }, first.agency(), first.integration(), first.granularity().code(),
                    first.bucketStart().atOffset(ZoneOffset.UTC), last.bucketStart().atOffset(ZoneOffset.UTC));
        });
        return stored;
    }

    private static RollupDelta.Key key(ResultSet rs) throws SQLException {
        return new RollupDelta.Key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                Granularity.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private static Object[] rollupRow(RollupDelta.Key key, RollupDelta delta) {
        List<Object> row = new ArrayList<>(ROLLUP_COLUMNS.size());
        row.addAll(List.of(key.agency(), key.integration(), key.granularity().code(),
                key.bucketStart().atOffset(ZoneOffset.UTC), delta.client, delta.total, delta.good, delta.retried));
        for (FailureClass failureClass : FailureClass.values()) {
            row.add(delta.failures(failureClass));
        }
        row.add(delta.latencySumMs);
        return row.toArray();
    }

    private static String postgresUpsert(String table, List<String> columns, List<String> key, List<String> counts,
            int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row)) + " ON CONFLICT (" + String.join(", ", key)
                + ") DO UPDATE SET "
                + counts.stream()
                    .map(c -> c + " = " + table + "." + c + " + EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
    }

    private static String h2Merge(String table, List<String> columns, List<String> key, List<String> counts) {
        String casts = columns.stream().map(c -> "CAST(? AS " + h2Type(c) + ")").collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " r USING (VALUES (" + casts + ")) v(" + String.join(", ", columns) + ") ON "
                + key.stream().map(c -> "r." + c + " = v." + c).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET "
                + counts.stream().map(c -> c + " = r." + c + " + v." + c).collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "v." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String h2Type(String column) {
        return switch (column) {
            case "agency_id", "integration_id", "client_id" -> "UUID";
            case "granularity" -> "VARCHAR(6)";
            case "bucket_start" -> "TIMESTAMP WITH TIME ZONE";
            default -> "BIGINT";
        };
    }

    private static List<String> rollupColumns() {
        List<String> columns = new ArrayList<>(ROLLUP_KEY);
        columns.add("client_id");
        columns.addAll(List.of("total", "good", "retried"));
        columns.addAll(FAILURE_COLUMNS);
        columns.add("latency_sum_ms");
        return List.copyOf(columns);
    }

}
