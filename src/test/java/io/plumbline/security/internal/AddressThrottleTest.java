package io.plumbline.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.EmbeddedTestDatabase;
import io.plumbline.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's SQL on the embedded H2 default; SignInIT and LimitsAcrossNodesIT run it
 * on PostgreSQL.
 */
class AddressThrottleTest {

    private final EmbeddedTestDatabase database = new EmbeddedTestDatabase();

    private final TestClock clock = new TestClock();

    private final AddressThrottle throttle = new AddressThrottle(database.jdbc(), database.dialect(), clock,
            new SignInProperties(5, 3, Duration.ofMinutes(15), Duration.ofHours(24)));

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void an_address_is_blocked_after_the_maximum_failures_within_the_window_until_the_window_ends() {
        throttle.recordFailure("198.51.100.7");
        clock.advance(Duration.ofMinutes(1));
        throttle.recordFailure("198.51.100.7");
        assertThat(throttle.blockedUntil("198.51.100.7")).isEmpty();

        throttle.recordFailure("198.51.100.7");

        assertThat(throttle.blockedUntil("198.51.100.7")).hasValue(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(throttle.blockedUntil("198.51.100.8")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("198.51.100.9");
        }

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blockedUntil("198.51.100.9")).isEmpty();

        throttle.recordFailure("198.51.100.9");
        throttle.recordFailure("198.51.100.9");
        assertThat(throttle.blockedUntil("198.51.100.9")).isEmpty();
    }

}
