package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void a_one_time_password_expires_at_its_time_but_a_chosen_one_never_does() {
        assertThat(account(true, NOW.minusSeconds(1)).oneTimePasswordExpiredAt(NOW)).isTrue();
        assertThat(account(true, NOW.plusSeconds(1)).oneTimePasswordExpiredAt(NOW)).isFalse();
        assertThat(account(false, null).oneTimePasswordExpiredAt(NOW)).isFalse();
    }

    private static SignInAccount account(boolean mustChange, Instant expires) {
        return new SignInAccount(new UserId(UUID.randomUUID()), TenantScope.agency(AgencyId.random()), "a@b.test", "A",
                Role.ANALYST, "{bcrypt}x", true, mustChange, expires, null);
    }

}
