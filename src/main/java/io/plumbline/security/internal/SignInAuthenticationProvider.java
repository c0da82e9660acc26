package io.plumbline.security.internal;

import io.plumbline.security.PlumblineUser;
import io.plumbline.security.SecurityEvent.AccountLockedOut;
import io.plumbline.security.SecurityEvent.SignInFailed;
import io.plumbline.security.SecurityEvent.SignedIn;
import io.plumbline.security.internal.SignInRefusal.Reason;
import io.plumbline.shared.Preparation;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.UserService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with lock-out per account and throttling per address, both stored so
 * that they hold across nodes. A refusal names its reason, and the login page turns it
 * into a clear message — but never a reason that only an existing account could give to
 * someone without its password: unknown e-mails answer and lock exactly as accounts do,
 * after the same password-hash work.
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInAuthenticationProvider.class);

    private final UserService users;

    private final PasswordEncoder passwordEncoder;

    private final AddressThrottle addressThrottle;

    private final UnknownEmailLock unknownEmails;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ApplicationAvailability availability;

    private final int maxFailures;

    private final Duration lockout;

    private final Duration forgetAfter;

    private final String timingDecoy;

    SignInAuthenticationProvider(UserService users, PasswordEncoder passwordEncoder, AddressThrottle addressThrottle,
            UnknownEmailLock unknownEmails, ApplicationEventPublisher events, Clock clock,
            ApplicationAvailability availability, SignInProperties limits) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.addressThrottle = addressThrottle;
        this.unknownEmails = unknownEmails;
        this.events = events;
        this.clock = clock;
        this.availability = availability;
        this.maxFailures = limits.maxFailedAttemptsPerAccount();
        this.lockout = limits.lockout();
        this.forgetAfter = limits.failedAttemptsForgottenAfter();
        this.timingDecoy = passwordEncoder.encode("timing-decoy-for-unknown-accounts");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = remoteAddress(authentication);
        Instant now = clock.instant();

        if (Preparation.ongoing(availability).isPresent()) {
            // The accounts may not exist yet: "wrong password" would be a lie, and no
            // failure is counted.
            throw new SignInRefusal(Reason.PREPARING, null);
        }
        Optional<Instant> blocked = addressThrottle.blockedUntil(address);
        if (blocked.isPresent()) {
            log.warn("Sign-in refused: address {} is throttled", address);
            throw new SignInRefusal(Reason.ADDRESS_THROTTLED, blocked.get());
        }
        Optional<SignInAccount> found = users.findForSignIn(email).filter(account -> account.passwordHash() != null);
        if (found.isEmpty()) {
            // No account, or an invitation not yet accepted: answered like a wrong
            // password, after the same work, and locked like an account, so that nothing
            // tells whether the e-mail has an account.
            passwordEncoder.matches(password, timingDecoy);
            addressThrottle.recordFailure(address);
            log.info("Sign-in failed for an unknown account from {}", address);
            Optional<Instant> lockedUntil = unknownEmails.recordFailure(email);
            throw lockedUntil.map(until -> new SignInRefusal(Reason.ACCOUNT_LOCKED, until))
                .orElseGet(() -> new SignInRefusal(Reason.BAD_CREDENTIALS, null));
        }
        SignInAccount account = found.get();
        if (account.lockedAt(now)) {
            passwordEncoder.matches(password, timingDecoy);
            addressThrottle.recordFailure(address);
            events.publishEvent(
                    new SignInFailed(account.scope(), account.id(), account.email(), "account locked", address));
            throw new SignInRefusal(Reason.ACCOUNT_LOCKED, account.lockedUntil());
        }
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            addressThrottle.recordFailure(address);
            refuseWrongPassword(account, address);
        }
        if (!account.enabled()) {
            events.publishEvent(
                    new SignInFailed(account.scope(), account.id(), account.email(), "account disabled", address));
            throw new SignInRefusal(Reason.DISABLED, null);
        }
        if (account.oneTimePasswordExpiredAt(now)) {
            events.publishEvent(new SignInFailed(account.scope(), account.id(), account.email(),
                    "one-time password expired", address));
            throw new SignInRefusal(Reason.PASSWORD_EXPIRED, account.passwordExpiresAt());
        }
        CurrentTenant.runAs(account.scope(), () -> {
            users.recordSignInSuccess(account.id());
            events.publishEvent(new SignedIn(account.scope(), account.id(), account.email(), address));
        });
        PlumblineUser principal = new PlumblineUser(account.id(), account.email(), account.displayName(),
                account.role(), account.scope(), account.mustChangePassword());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private void refuseWrongPassword(SignInAccount account, String address) {
        Optional<Instant> lockedUntil = CurrentTenant.callAs(account.scope(),
                () -> users.recordSignInFailure(account.id(), maxFailures, lockout, forgetAfter));
        events
            .publishEvent(new SignInFailed(account.scope(), account.id(), account.email(), "wrong password", address));
        if (lockedUntil.isPresent()) {
            events.publishEvent(
                    new AccountLockedOut(account.scope(), account.id(), account.email(), lockedUntil.get(), address));
            throw new SignInRefusal(Reason.ACCOUNT_LOCKED, lockedUntil.get());
        }
        throw new SignInRefusal(Reason.BAD_CREDENTIALS, null);
    }

    private static String remoteAddress(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
