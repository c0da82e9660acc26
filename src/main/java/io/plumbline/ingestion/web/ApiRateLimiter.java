package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyId;
import io.plumbline.shared.DatabaseDialect;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token bucket per API key — a steady rate with a burst allowance — kept in the
 * database, so that every node draws from the same bucket. Each request is one statement
 * on the key's row in {@code api_key_use}, which also records the key's last use.
 *
 * <p>
 * The bucket is held as one instant (GCRA): when it is full again. A request is admitted
 * when taking one token leaves the bucket no more than {@code burst} tokens short, i.e.
 * when that instant lies at most {@code burst - 1} emission intervals ahead; admitting
 * moves it one interval on.
 *
 * <p>
 * On PostgreSQL the statement runs in a transaction that does not wait for its commit to
 * reach the disk ({@code synchronous_commit} off for that transaction only): the wait
 * cost about 6 ms per request on the development machine, against 0.7 ms without it
 * (docs/performance.md). A crash may then lose the last fraction of a second of bucket
 * state and last use, which is harmless.
 */
class ApiRateLimiter {

    private static final String ADMITTED = "GREATEST(bucket_full_at_micros, :now) - :now <= :tolerance";

    private static final String UPDATE = "UPDATE api_key_use SET " + "bucket_full_at_micros = CASE WHEN " + ADMITTED
            + " THEN GREATEST(bucket_full_at_micros, :now) + :interval ELSE bucket_full_at_micros END, "
            + "last_request_admitted = " + ADMITTED + ", " + "last_used_at = GREATEST(last_used_at, :usedAt) "
            + "WHERE api_key_id = :key";

    // A key's first request finds a full bucket (burst >= 1).
    private static final String INSERT = "INSERT INTO api_key_use "
            + "(api_key_id, bucket_full_at_micros, last_request_admitted, last_used_at) "
            + "VALUES (:key, :now + :interval, TRUE, :usedAt)";

    private final NamedParameterJdbcTemplate jdbc;

    private final DatabaseDialect dialect;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final long intervalMicros;

    private final long toleranceMicros;

    ApiRateLimiter(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect, Clock clock, long requestsPerSecond,
            long burst) {
        if (requestsPerSecond < 1 || requestsPerSecond > 1_000_000 || burst < 1) {
            throw new IllegalArgumentException("plumbline.api.rate-limit: requests-per-second must be 1 to 1,000,000 "
                    + "and burst at least 1, got " + requestsPerSecond + " and " + burst);
        }
        this.jdbc = jdbc;
        this.dialect = dialect;
        // Plain JDBC, not the application's JPA transaction manager: no tenant to bind,
        // no entity manager to open.
        this.transactions = new TransactionTemplate(
                new DataSourceTransactionManager(jdbc.getJdbcTemplate().getDataSource()));
        this.clock = clock;
        this.intervalMicros = 1_000_000 / requestsPerSecond;
        this.toleranceMicros = (burst - 1) * intervalMicros;
    }

    /**
     * Counts one request of the key: @return empty when it may proceed, else the whole
     * seconds to wait
     */
    OptionalLong tryAcquire(ApiKeyId key) {
        Instant now = clock.instant();
        long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        var parameters = new MapSqlParameterSource().addValue("key", key.value())
            .addValue("now", nowMicros)
            .addValue("interval", intervalMicros)
            .addValue("tolerance", toleranceMicros)
            .addValue("usedAt", now.atOffset(ZoneOffset.UTC));
        Bucket bucket = withoutWaitingForDisk(
                () -> dialect.updateOrInsert(jdbc, UPDATE, INSERT, "last_request_admitted, bucket_full_at_micros",
                        parameters, (rs, row) -> new Bucket(rs.getBoolean(1), rs.getLong(2))));
        if (bucket.admitted()) {
            return OptionalLong.empty();
        }
        long waitMicros = bucket.fullAtMicros() - nowMicros - toleranceMicros;
        return OptionalLong.of(Math.max(1, (waitMicros + 999_999) / 1_000_000));
    }

    private Bucket withoutWaitingForDisk(Supplier<Bucket> work) {
        if (!dialect.isPostgres()) {
            return work.get();
        }
        return transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("SET LOCAL synchronous_commit = off");
            return work.get();
        });
    }

    private record Bucket(boolean admitted, long fullAtMicros) {
    }

}
