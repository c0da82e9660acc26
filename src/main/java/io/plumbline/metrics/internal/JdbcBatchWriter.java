package io.plumbline.metrics.internal;

import io.plumbline.metrics.Observation;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched INSERTs: for the embedded database, which has no COPY, and for small batches on
 * PostgreSQL.
 */
class JdbcBatchWriter implements RawObservationWriter {

    private final JdbcTemplate jdbc;

    JdbcBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(List<StoredObservation> batch) {
        jdbc.batchUpdate(
                "INSERT INTO observation (agency_id, client_id, integration_id, observed_at, source, operation, "
                        + "http_status, latency_ms, failure_class, retried) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch, 1000, (ps, stored) -> {
                    Observation o = stored.observation();
                    ps.setObject(1, stored.agency());
                    ps.setObject(2, stored.client());
                    ps.setObject(3, o.integration().value());
                    ps.setObject(4, o.observedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(5, o.source().name());
                    ps.setString(6, o.operation());
                    if (o.httpStatus() == null) {
                        ps.setNull(7, Types.INTEGER);
                    }
                    else {
                        ps.setInt(7, o.httpStatus());
                    }
                    ps.setInt(8, o.latencyMs());
                    ps.setString(9, o.failureClass() == null ? null : o.failureClass().name());
                    ps.setBoolean(10, o.retried());
                });
    }

}
