package io.plumbline.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.monitoring.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    /** Picks the top of every jitter range, so that tests see the ceiling. */
    static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws are expected");
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static final RandomGenerator LOWEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws are expected");
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    };

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(700));

    @Test
    void the_ceiling_doubles_with_each_attempt_up_to_the_maximum() {
        Backoff backoff = new Backoff(HIGHEST, clock);

        assertThat(backoff.before(1, policy, Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.before(2, policy, Optional.empty())).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.before(3, policy, Optional.empty())).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.before(4, policy, Optional.empty())).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void full_jitter_may_not_wait_at_all() {
        assertThat(new Backoff(LOWEST, clock).before(3, policy, Optional.empty())).isZero();
    }

    @Test
    void retry_after_in_seconds_is_honoured_up_to_the_maximum_backoff() {
        Backoff backoff = new Backoff(LOWEST, clock);
        RetryPolicy patient = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10));

        assertThat(backoff.before(1, patient, Optional.of("2"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.before(1, patient, Optional.of("3600"))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void retry_after_as_an_http_date_waits_until_then() {
        Backoff backoff = new Backoff(LOWEST, clock);
        RetryPolicy patient = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10));

        assertThat(backoff.before(1, patient, Optional.of("Mon, 02 Nov 2026 09:00:04 GMT")))
            .isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.before(1, patient, Optional.of("Mon, 02 Nov 2026 08:00:00 GMT"))).isZero();
    }

    @Test
    void an_unreadable_retry_after_falls_back_to_jitter() {
        assertThat(new Backoff(HIGHEST, clock).before(1, policy, Optional.of("soon")))
            .isEqualTo(Duration.ofMillis(100));
    }

}
