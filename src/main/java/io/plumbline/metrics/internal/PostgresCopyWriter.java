package io.plumbline.metrics.internal;

import io.plumbline.metrics.Observation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPY into a transaction-local staging table, then one INSERT … SELECT into the
 * partitioned table. PostgreSQL refuses COPY FROM into a table with row-level security,
 * and the INSERT keeps the policy's WITH CHECK: a batch can only land in the current
 * agency.
 *
 * <p>
 * A batch of fewer than {@link #MIN_COPY_ROWS} rows, such as a monitor's single check,
 * goes to {@code small} instead (plain INSERTs, under the same policy): the staging
 * table's four fixed statements, TRUNCATE included, cost more than a few rows
 * (docs/performance.md, "Monitor scheduling").
 */
class PostgresCopyWriter implements RawObservationWriter {

    static final int MIN_COPY_ROWS = 10;

    private static final String COLUMNS = "agency_id, client_id, integration_id, observed_at, source, operation, "
            + "http_status, latency_ms, failure_class, retried";

    private final DataSource dataSource;

    private final RawObservationWriter small;

    PostgresCopyWriter(DataSource dataSource, RawObservationWriter small) {
        this.dataSource = dataSource;
        this.small = small;
    }

    @Override
    public void write(List<StoredObservation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() < MIN_COPY_ROWS) {
            small.write(batch);
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS observation_staging (LIKE observation) ON COMMIT DELETE ROWS");
            connection.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY observation_staging (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv(batch)));
            statement.executeUpdate(
                    "INSERT INTO observation (" + COLUMNS + ") SELECT " + COLUMNS + " FROM observation_staging");
            statement.execute("TRUNCATE observation_staging");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not store observations: " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(List<StoredObservation> batch) {
        StringBuilder csv = new StringBuilder(batch.size() * 160);
        for (StoredObservation stored : batch) {
            Observation o = stored.observation();
            csv.append(stored.agency())
                .append(',')
                .append(stored.client())
                .append(',')
                .append(o.integration().value())
                .append(',')
                .append(o.observedAt())
                .append(',')
                .append(o.source().name())
                .append(',');
            if (o.operation() != null) {
                csv.append('"').append(o.operation().replace("\"", "\"\"")).append('"');
            }
            csv.append(',');
            if (o.httpStatus() != null) {
                csv.append(o.httpStatus());
            }
            csv.append(',').append(o.latencyMs()).append(',');
            if (o.failureClass() != null) {
                csv.append(o.failureClass().name());
            }
            csv.append(',').append(o.retried()).append('\n');
        }
        return csv.toString();
    }

}
