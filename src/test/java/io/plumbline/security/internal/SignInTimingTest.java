package io.plumbline.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.plumbline.EmbeddedTestDatabase;
import io.plumbline.TestClock;
import io.plumbline.security.internal.SignInRefusal.Reason;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import io.plumbline.tenancy.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The timing side channel: every answer that does not need the right password costs one
 * password-hash comparison, whether the e-mail is unknown, invited, locked or an account
 * with a wrong password.
 */
class SignInTimingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static final SignInProperties LIMITS = new SignInProperties(5, 100, Duration.ofMinutes(15),
            Duration.ofHours(24));

    private final AtomicInteger comparisons = new AtomicInteger();

    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return encode(raw).equals(encoded);
        }
    };

    private final EmbeddedTestDatabase database = new EmbeddedTestDatabase();

    private final TestClock clock = new TestClock();

    private final UserService users = mock(UserService.class);

    private SignInAuthenticationProvider provider;

    @BeforeEach
    void aProvider() {
        clock.stopAt(NOW);
        provider = new SignInAuthenticationProvider(users, countingEncoder,
                new AddressThrottle(database.jdbc(), database.dialect(), clock, LIMITS),
                new UnknownEmailLock(database.jdbc(), database.dialect(), clock, LIMITS), event -> {
                }, clock, new ApplicationAvailabilityBean(), LIMITS);
        comparisons.set(0);
    }

    @Test
    void an_unknown_email_costs_one_password_comparison() {
        when(users.findForSignIn("nobody@nowhere.test")).thenReturn(Optional.empty());

        assertThat(refusalOf("nobody@nowhere.test")).isEqualTo(Reason.BAD_CREDENTIALS);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void an_invitation_not_yet_accepted_costs_one_password_comparison_and_answers_like_an_unknown_email() {
        when(users.findForSignIn("invited@agency.test"))
            .thenReturn(Optional.of(account("invited@agency.test", null, null)));

        assertThat(refusalOf("invited@agency.test")).isEqualTo(Reason.BAD_CREDENTIALS);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void a_locked_account_costs_one_password_comparison() {
        when(users.findForSignIn("locked@agency.test"))
            .thenReturn(Optional.of(account("locked@agency.test", "hash:right", NOW.plus(Duration.ofMinutes(5)))));

        assertThat(refusalOf("locked@agency.test")).isEqualTo(Reason.ACCOUNT_LOCKED);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void a_wrong_password_costs_one_password_comparison() {
        when(users.findForSignIn("ana@agency.test"))
            .thenReturn(Optional.of(account("ana@agency.test", "hash:right", null)));
        when(users.recordSignInFailure(any(), anyInt(), any(), any())).thenReturn(Optional.empty());

        assertThat(refusalOf("ana@agency.test")).isEqualTo(Reason.BAD_CREDENTIALS);
        assertThat(comparisons).hasValue(1);
    }

    private Reason refusalOf(String email) {
        return catchThrowableOfType(SignInRefusal.class,
                () -> provider.authenticate(new UsernamePasswordAuthenticationToken(email, "wrong")))
            .reason();
    }

    private static SignInAccount account(String email, String passwordHash, Instant lockedUntil) {
        return new SignInAccount(new UserId(UUID.randomUUID()), TenantScope.agency(new AgencyId(UUID.randomUUID())),
                email, email, Role.ANALYST, passwordHash, true, false, null, lockedUntil);
    }

}
