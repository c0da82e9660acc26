package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency-Key semantics: the first request with a key claims it; a repeat with the
 * same body gets the first response again, a repeat with another body is refused (422).
 * Records are kept 24 hours.
 *
 * <p>
 * {@link #claim} and {@link #complete} run inside the caller's transaction, the one that
 * stores the batch: the record commits with the batch or not at all
 * (docs/reliability.md). A repeat while the first request's transaction is open waits for
 * it on the record's row lock (at most {@code claimWait}), then replays the first
 * response, or claims the key itself when the first rolled back.
 */
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    record StoredResponse(int status, String body) {
    }

    static class KeyConflict extends RuntimeException {

        private final int status;

        KeyConflict(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }

    }

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final boolean postgres;

    private final Duration claimWait;

    IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock, boolean postgres,
            Duration claimWait) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.postgres = postgres;
        this.claimWait = claimWait;
    }

    /**
     * Claims the key in the current transaction, or returns the stored response of an
     * earlier identical request.
     * @throws KeyConflict 422 for another body; 409 while another request holds the key
     * longer than the wait
     */
    Optional<StoredResponse> claim(ApiKeyPrincipal key, String idempotencyKey, String requestHash) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An Idempotency-Key is claimed in the transaction that stores the batch");
        }
        if (postgres) {
            // Bounds the wait on an in-flight duplicate only; the batch's own writes keep
            // the default.
            jdbc.execute("SET LOCAL lock_timeout = " + claimWait.toMillis());
        }
        int claimed;
        try {
            // On a conflict with an uncommitted record this waits for its transaction: a
            // commit makes it a conflict
            // (replayed below), a rollback lets this insert claim the key.
            claimed = jdbc.update("INSERT INTO idempotency_record (agency_id, api_key_id, idempotency_key, "
                    + "request_hash, completed, created_at) VALUES (?, ?, ?, ?, FALSE, ?) ON CONFLICT DO NOTHING",
                    key.scope().agency().value(), key.key().value(), idempotencyKey, requestHash,
                    clock.instant().atOffset(ZoneOffset.UTC));
        }
        catch (DataAccessException e) {
            if (isLockTimeout(e)) {
                throw new KeyConflict(409,
                        "A request with this Idempotency-Key is still being processed; retry shortly.");
            }
            throw e;
        }
        if (postgres) {
            jdbc.execute("SET LOCAL lock_timeout TO DEFAULT");
        }
        return claimed == 1 ? Optional.empty() : existing(key, idempotencyKey, requestHash);
    }

    /** Stores the response with the claim, in the same transaction as the batch. */
    void complete(ApiKeyPrincipal key, String idempotencyKey, int status, String body) {
        jdbc.update(
                "UPDATE idempotency_record SET completed = TRUE, response_status = ?, response_body = ? "
                        + "WHERE agency_id = ? AND api_key_id = ? AND idempotency_key = ?",
                status, body, key.scope().agency().value(), key.key().value(), idempotencyKey);
    }

    private Optional<StoredResponse> existing(ApiKeyPrincipal key, String idempotencyKey, String requestHash) {
        return jdbc.query(
                "SELECT request_hash, completed, response_status, response_body "
                        + "FROM idempotency_record WHERE agency_id = ? AND api_key_id = ? AND idempotency_key = ?",
                rs -> {
                    if (!rs.next()) {
                        // The record expired between the insert and this read.
                        throw new KeyConflict(409, "This Idempotency-Key is being processed; retry shortly.");
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        throw new KeyConflict(422, "This Idempotency-Key was already used with a different body.");
                    }
                    if (!rs.getBoolean(2)) {
                        // Only records written before claim and completion shared one
                        // transaction can be left open.
                        throw new KeyConflict(409, "A request with this Idempotency-Key is still being processed.");
                    }
                    return Optional.of(new StoredResponse(rs.getInt(3), rs.getString(4)));
                }, key.scope().agency().value(), key.key().value(), idempotencyKey);
    }

    /** PostgreSQL's lock_timeout (SQLSTATE 55P03) or H2's lock timeout (error 50200). */
    private static boolean isLockTimeout(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) {
            return true;
        }
        return e.getMostSpecificCause() instanceof SQLException sql
                && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200);
    }

    /**
     * Now and then drops the key's agency's expired records, in a short transaction of
     * its own: call it before the batch's transaction, so that that one holds no locks on
     * other keys' records.
     */
    void forgetExpiredSometimes(ApiKeyPrincipal key) {
        if (ThreadLocalRandom.current().nextInt(100) != 0) {
            return;
        }
        CurrentTenant.runAs(TenantScope.agency(key.scope().agency()),
                () -> transactions.executeWithoutResult(status -> jdbc.update(
                        "DELETE FROM idempotency_record WHERE agency_id = ? AND created_at < ?",
                        key.scope().agency().value(), clock.instant().minus(RETENTION).atOffset(ZoneOffset.UTC))));
    }

}
