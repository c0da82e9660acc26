package io.plumbline.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The account side of the rule that unknown e-mails mirror (security's
 * UnknownEmailLockTest).
 */
class UserAccountLockTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final UserAccount account = new UserAccount(new UserId(UUID.randomUUID()), new AgencyId(UUID.randomUUID()),
            null, "ana@agency.test", "Ana", Role.ANALYST, START);

    @Test
    void the_maximum_failures_lock_the_account_and_start_a_new_count() {
        assertThat(account.recordFailure(3, START, LOCKOUT, FORGET_AFTER)).isFalse();
        assertThat(account.recordFailure(3, START, LOCKOUT, FORGET_AFTER)).isFalse();

        assertThat(account.recordFailure(3, START, LOCKOUT, FORGET_AFTER)).isTrue();
        assertThat(account.signInAccount().lockedUntil()).isEqualTo(START.plus(LOCKOUT));
        assertThat(account.recordFailure(3, START.plus(LOCKOUT), LOCKOUT, FORGET_AFTER)).isFalse();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_day() {
        account.recordFailure(3, START, LOCKOUT, FORGET_AFTER);
        account.recordFailure(3, START, LOCKOUT, FORGET_AFTER);
        Instant nextDay = START.plus(FORGET_AFTER);

        assertThat(account.recordFailure(3, nextDay, LOCKOUT, FORGET_AFTER)).isFalse();
        assertThat(account.recordFailure(3, nextDay, LOCKOUT, FORGET_AFTER)).isFalse();
        assertThat(account.recordFailure(3, nextDay, LOCKOUT, FORGET_AFTER)).isTrue();
    }

}
