package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency-Key semantics: the first request with a key claims it; a repeat with the same body
 * gets the first response again, a repeat with another body is refused (422), and a repeat while
 * the first is still running is refused (409). Records are kept 24 hours.
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

    IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Claims the key, or returns the stored response of an earlier identical request. */
    Optional<StoredResponse> claim(ApiKeyPrincipal key, String idempotencyKey, String requestHash) {
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            forgetExpired(key);
        }
        try {
            inAgency(key, () -> jdbc.update("INSERT INTO idempotency_record (agency_id, api_key_id, idempotency_key, "
                    + "request_hash, completed, created_at) VALUES (?, ?, ?, ?, FALSE, ?)", key.scope().agency().value(),
                    key.key().value(), idempotencyKey, requestHash, clock.instant().atOffset(ZoneOffset.UTC)));
            return Optional.empty();
        } catch (DataIntegrityViolationException e) {
            return existing(key, idempotencyKey, requestHash);
        }
    }

    void complete(ApiKeyPrincipal key, String idempotencyKey, int status, String body) {
        inAgency(key, () -> jdbc.update("UPDATE idempotency_record SET completed = TRUE, response_status = ?, response_body = ? "
                + "WHERE agency_id = ? AND api_key_id = ? AND idempotency_key = ?", status, body,
                key.scope().agency().value(), key.key().value(), idempotencyKey));
    }

    /** Frees the key after an unexpected failure so that the client can retry. */
    void release(ApiKeyPrincipal key, String idempotencyKey) {
        inAgency(key, () -> jdbc.update("DELETE FROM idempotency_record WHERE agency_id = ? AND api_key_id = ? "
                + "AND idempotency_key = ? AND completed = FALSE", key.scope().agency().value(), key.key().value(), idempotencyKey));
    }

    private Optional<StoredResponse> existing(ApiKeyPrincipal key, String idempotencyKey, String requestHash) {
        return inAgency(key, () -> jdbc.query("SELECT request_hash, completed, response_status, response_body "
                + "FROM idempotency_record WHERE agency_id = ? AND api_key_id = ? AND idempotency_key = ?", rs -> {
                    if (!rs.next()) {
                        throw new KeyConflict(409, "This Idempotency-Key is being processed; retry shortly.");
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        throw new KeyConflict(422, "This Idempotency-Key was already used with a different body.");
                    }
                    if (!rs.getBoolean(2)) {
                        throw new KeyConflict(409, "A request with this Idempotency-Key is still being processed.");
                    }
                    return Optional.of(new StoredResponse(rs.getInt(3), rs.getString(4)));
                }, key.scope().agency().value(), key.key().value(), idempotencyKey));
    }

    private void forgetExpired(ApiKeyPrincipal key) {
        inAgency(key, () -> jdbc.update("DELETE FROM idempotency_record WHERE agency_id = ? AND created_at < ?",
                key.scope().agency().value(), clock.instant().minus(RETENTION).atOffset(ZoneOffset.UTC)));
    }

    private <T> T inAgency(ApiKeyPrincipal key, java.util.function.Supplier<T> work) {
        return CurrentTenant.callAs(TenantScope.agency(key.scope().agency()), () -> transactions.execute(status -> work.get()));
    }
}
