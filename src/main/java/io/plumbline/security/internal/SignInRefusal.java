package io.plumbline.security.internal;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused, carried to the login page as {@code ?error=<code>}. */
class SignInRefusal extends AuthenticationException {

    enum Reason {

        BAD_CREDENTIALS, ACCOUNT_LOCKED, ADDRESS_THROTTLED, DISABLED, PASSWORD_EXPIRED, PREPARING

    }

    private final Reason reason;

    private final Instant until;

    SignInRefusal(Reason reason, Instant until) {
        super(reason.name());
        this.reason = reason;
        this.until = until;
    }

    Reason reason() {
        return reason;
    }

    Instant until() {
        return until;
    }

}
