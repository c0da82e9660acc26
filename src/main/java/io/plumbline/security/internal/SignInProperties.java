package io.plumbline.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sign-in limits under {@code plumbline.security.*} (the account settings under the
 * same prefix are tenancy's); defaults in application.properties.
 *
 * @param maxFailedAttemptsPerAccount failures that lock an account (or an unknown e-mail)
 * @param maxFailedAttemptsPerAddress failures from one client address that block it
 * @param lockout how long a lock or an address block lasts
 * @param failedAttemptsForgottenAfter a quiet spell after which an account's failures no
 * longer count
 */
@ConfigurationProperties("plumbline.security")
record SignInProperties(int maxFailedAttemptsPerAccount, int maxFailedAttemptsPerAddress, Duration lockout,
        Duration failedAttemptsForgottenAfter) {

}
