package io.plumbline.metrics.internal;

import io.plumbline.metrics.FailureClass;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds a batch's deltas to the minute, hour and day rollups in the same transaction as
 * the raw rows. Keys are written in a fixed order so that concurrent batches never
 * deadlock. On PostgreSQL each table gets multi-row
 * {@code INSERT … ON CONFLICT DO UPDATE} statements (one round trip per chunk instead of
 * one per row); H2 gets a batch of standard {@code MERGE}s.
 */
class RollupWriter {

    static final List<String> FAILURE_COLUMNS = List.of("timeout", "connection", "tls", "server_error", "auth",
            "throttled", "client_error", "assertion_failed", "schema_violation");

    private static final List<String> ROLLUP_KEY = List.of("agency_id", "integration_id", "granularity",
            "bucket_start");

    private static final List<String> ROLLUP_COLUMNS = rollupColumns();

    private static final List<String> ROLLUP_COUNTS = ROLLUP_COLUMNS.subList(5, ROLLUP_COLUMNS.size());

    private static final List<String> LATENCY_COLUMNS = List.of("agency_id", "integration_id", "granularity",
            "bucket_start", "bin", "client_id", "observations");

    private static final List<String> LATENCY_KEY = LATENCY_COLUMNS.subList(0, 5);

    private static final List<String> LATENCY_COUNTS = List.of("observations");

    /** PostgreSQL takes at most 32,767 parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    RollupWriter(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    void write(Map<RollupDelta.Key, RollupDelta> deltas) {
        SortedMap<RollupDelta.Key, RollupDelta> ordered = new TreeMap<>(deltas);
        List<Object[]> rollups = new ArrayList<>(ordered.size());
        List<Object[]> bins = new ArrayList<>();
        ordered.forEach((key, delta) -> {
            rollups.add(rollupRow(key, delta));
            delta.latency.bins()
                .forEach((bin, count) -> bins
                    .add(new Object[] { key.agency(), key.integration(), key.granularity().code(),
                            key.bucketStart().atOffset(ZoneOffset.UTC), bin.shortValue(), delta.client, count }));
        });
        upsert("rollup", ROLLUP_COLUMNS, ROLLUP_KEY, ROLLUP_COUNTS, rollups);
        upsert("rollup_latency", LATENCY_COLUMNS, LATENCY_KEY, LATENCY_COUNTS, bins);
    }

    private void upsert(String table, List<String> columns, List<String> key, List<String> counts,
            List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!postgres) {
            jdbc.batchUpdate(h2Merge(table, columns, key, counts), rows);
            return;
        }
        int chunk = MAX_PARAMETERS / columns.size();
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            jdbc.update(postgresUpsert(table, columns, key, counts, part.size()),
                    part.stream().flatMap(Arrays::stream).toArray());
        }
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
            case "bin" -> "SMALLINT";
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
