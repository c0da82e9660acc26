package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt: exponential backoff with full jitter, so that
 * many monitors failing together do not retry in step, unless the server said when to
 * come back.
 */
final class Backoff {

    private final RandomGenerator random;

    private final Clock clock;

    Backoff(RandomGenerator random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param failedAttempts attempts made so far, at least 1
     * @param retryAfter the {@code Retry-After} header of the last response, if any
     */
    Duration before(int failedAttempts, RetryPolicy policy, Optional<String> retryAfter) {
        Duration max = policy.maxBackoff();
        Optional<Duration> asked = retryAfter.flatMap(this::parse);
        if (asked.isPresent()) {
            return asked.get().compareTo(max) > 0 ? max : asked.get();
        }
        // The exponent is capped so that the shift cannot overflow; maxBackoff caps the
        // wait long before.
        long ceiling = policy.initialBackoff().toMillis() << Math.min(failedAttempts - 1, 20);
        long capMillis = Math.min(ceiling, max.toMillis());
        return Duration.ofMillis(random.nextLong(capMillis + 1));
    }

    /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    private Optional<Duration> parse(String value) {
        String trimmed = value.strip();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
        catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

}
