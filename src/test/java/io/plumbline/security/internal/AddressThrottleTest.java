package io.plumbline.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private final TestClock clock = new TestClock();
    private final AddressThrottle throttle = new AddressThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void an_address_is_blocked_after_the_maximum_failures_within_the_window() {
        throttle.recordFailure("198.51.100.7");
        throttle.recordFailure("198.51.100.7");
        assertThat(throttle.blockedUntil("198.51.100.7")).isEmpty();

        throttle.recordFailure("198.51.100.7");

        assertThat(throttle.blockedUntil("198.51.100.7")).isPresent();
        assertThat(throttle.blockedUntil("198.51.100.8")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("198.51.100.9");
        }

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.blockedUntil("198.51.100.9")).isEmpty();
    }
}
