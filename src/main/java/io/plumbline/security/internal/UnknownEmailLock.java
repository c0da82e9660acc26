package io.plumbline.security.internal;

import io.plumbline.shared.DatabaseDialect;
import io.plumbline.shared.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks an e-mail that has no account (or only an invitation not yet accepted) exactly as
 * an account locks — after the same number of failures, for the same time, forgetting
 * failures after the same quiet spell — so that the answer to a sign-in never tells
 * whether an account exists. Kept per SHA-256 of the e-mail in
 * {@code sign_in_unknown_email}, shared by every node; no user is created.
 */
@Component
class UnknownEmailLock {

    private static final String LOCKED = "locked_until > :now";

    // The failures that still count: none once the last failure is older than the quiet
    // spell.
    private static final String COUNTED = "(CASE WHEN last_failed_at <= :forgottenBefore THEN 0 ELSE failed_attempts END)";

    private static final String UPDATE = "UPDATE sign_in_unknown_email SET " + "failed_attempts = CASE WHEN " + LOCKED
            + " THEN failed_attempts " + "WHEN " + COUNTED + " + 1 >= :max THEN 0 ELSE " + COUNTED + " + 1 END, "
            + "locked_until = CASE WHEN " + LOCKED + " THEN locked_until " + "WHEN " + COUNTED
            + " + 1 >= :max THEN CAST(:lockedUntil AS TIMESTAMP WITH TIME ZONE) ELSE locked_until END, "
            + "last_failed_at = CASE WHEN " + LOCKED + " THEN last_failed_at ELSE :now END "
            + "WHERE email_hash = :email";

    private static final String INSERT = "INSERT INTO sign_in_unknown_email (email_hash, failed_attempts, locked_until, last_failed_at) "
            + "VALUES (:email, CASE WHEN 1 >= :max THEN 0 ELSE 1 END, CASE WHEN 1 >= :max THEN CAST(:lockedUntil AS TIMESTAMP WITH TIME ZONE) END, :now)";

    // Rows that no longer lock and whose failures are forgotten: as if they never
    // existed.
    private static final String PRUNE = "DELETE FROM sign_in_unknown_email WHERE last_failed_at <= :forgottenBefore "
            + "AND (locked_until IS NULL OR locked_until <= :now)";

    private final FailureCounts failures;

    private final Clock clock;

    private final int maxFailures;

    private final Duration lockout;

    private final Duration forgetAfter;

    UnknownEmailLock(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect, Clock clock, SignInProperties limits) {
        this.failures = new FailureCounts(jdbc, dialect, UPDATE, INSERT, PRUNE);
        this.clock = clock;
        this.maxFailures = limits.maxFailedAttemptsPerAccount();
        this.lockout = limits.lockout();
        this.forgetAfter = limits.failedAttemptsForgottenAfter();
    }

    /**
     * Counts a failed sign-in for this e-mail, unless it is locked already.
     * @return the lock's end while the e-mail is locked (by this failure or before)
     */
    Optional<Instant> recordFailure(String email) {
        Instant now = clock.instant();
        var parameters = new MapSqlParameterSource()
            .addValue("email", Secrets.sha256(email == null ? "" : email.strip().toLowerCase(Locale.ROOT)))
            .addValue("now", now.atOffset(ZoneOffset.UTC))
            .addValue("forgottenBefore", now.minus(forgetAfter).atOffset(ZoneOffset.UTC))
            .addValue("lockedUntil", now.plus(lockout).atOffset(ZoneOffset.UTC))
            .addValue("max", maxFailures);
        OffsetDateTime lockedUntil = failures.count(parameters, "locked_until",
                (rs, row) -> rs.getObject(1, OffsetDateTime.class));
        return Optional.ofNullable(lockedUntil).map(OffsetDateTime::toInstant).filter(now::isBefore);
    }

}
