package io.plumbline.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.EmbeddedTestDatabase;
import io.plumbline.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lock of e-mails without an account on the embedded H2 default; SignInIT compares it
 * with an account's lock.
 */
class UnknownEmailLockTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private final EmbeddedTestDatabase database = new EmbeddedTestDatabase();

    private final TestClock clock = new TestClock();

    private final UnknownEmailLock lock = new UnknownEmailLock(database.jdbc(), database.dialect(), clock,
            new SignInProperties(3, 20, Duration.ofMinutes(15), Duration.ofHours(24)));

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(START);
    }

    @Test
    void the_maximum_failures_lock_the_email_for_the_lockout_whatever_its_spelling() {
        assertThat(lock.recordFailure("nobody@nowhere.test")).isEmpty();
        assertThat(lock.recordFailure("Nobody@Nowhere.test")).isEmpty();

        assertThat(lock.recordFailure(" nobody@nowhere.test")).hasValue(START.plus(Duration.ofMinutes(15)));
        assertThat(lock.recordFailure("someone-else@nowhere.test")).isEmpty();
    }

    @Test
    void failures_while_locked_neither_count_nor_extend_the_lock_and_the_count_restarts_after_it() {
        for (int i = 0; i < 3; i++) {
            lock.recordFailure("nobody@nowhere.test");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(lock.recordFailure("nobody@nowhere.test")).hasValue(START.plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(5));

        assertThat(lock.recordFailure("nobody@nowhere.test")).isEmpty();
        assertThat(lock.recordFailure("nobody@nowhere.test")).isEmpty();
        assertThat(lock.recordFailure("nobody@nowhere.test")).hasValue(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void failures_are_forgotten_after_a_quiet_day() {
        lock.recordFailure("nobody@nowhere.test");
        lock.recordFailure("nobody@nowhere.test");

        clock.advance(Duration.ofHours(24));

        assertThat(lock.recordFailure("nobody@nowhere.test")).isEmpty();
        assertThat(lock.recordFailure("nobody@nowhere.test")).isEmpty();
        assertThat(lock.recordFailure("nobody@nowhere.test")).isPresent();
    }

}
