package io.plumbline.security.internal;

import io.plumbline.shared.DatabaseDialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per remote address, so that one address cannot try passwords
 * across many accounts. The count lives in the database
 * ({@code sign_in_address_failure}), so every node sees the failures of all nodes; it
 * covers a fixed window that opens with its first failure.
 */
@Component
class AddressThrottle {

    private static final String UPDATE = "UPDATE sign_in_address_failure SET "
            + "failures = CASE WHEN window_start <= :windowOpenedBefore THEN 1 ELSE failures + 1 END, "
            + "window_start = CASE WHEN window_start <= :windowOpenedBefore THEN :now ELSE window_start END "
            + "WHERE address = :address";

    private static final String INSERT = "INSERT INTO sign_in_address_failure (address, window_start, failures) "
            + "VALUES (:address, :now, 1)";

    private static final String PRUNE = "DELETE FROM sign_in_address_failure WHERE window_start <= :windowOpenedBefore";

    private final FailureCounts failures;

    private final Clock clock;

    private final int maxFailures;

    private final Duration window;

    AddressThrottle(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect, Clock clock, SignInProperties limits) {
        this.failures = new FailureCounts(jdbc, dialect, UPDATE, INSERT, PRUNE);
        this.clock = clock;
        this.maxFailures = limits.maxFailedAttemptsPerAddress();
        this.window = limits.lockout();
    }

    /**
     * @return when the address may try again, if it is blocked now
     */
    Optional<Instant> blockedUntil(String address) {
        Instant now = clock.instant();
        List<OffsetDateTime> windowStart = failures.query(
                "SELECT window_start FROM sign_in_address_failure "
                        + "WHERE address = :address AND failures >= :max AND window_start > :windowOpenedBefore",
                parameters(address, now).addValue("max", maxFailures), OffsetDateTime.class);
        return windowStart.stream().findFirst().map(start -> start.toInstant().plus(window));
    }

    void recordFailure(String address) {
        failures.count(parameters(address, clock.instant()), "failures", (rs, row) -> rs.getInt(1));
    }

    private MapSqlParameterSource parameters(String address, Instant now) {
        return new MapSqlParameterSource().addValue("address", address)
            .addValue("now", now.atOffset(ZoneOffset.UTC))
            .addValue("windowOpenedBefore", now.minus(window).atOffset(ZoneOffset.UTC));
    }

}
