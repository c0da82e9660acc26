package io.plumbline.security;

import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import java.time.Instant;

/**
 * Sign-in outcomes of known accounts, for the audit log. Unknown e-mails are only logged.
 */
public sealed interface SecurityEvent {

    TenantScope scope();

    UserId user();

    String email();

    String remoteAddress();

    record SignedIn(TenantScope scope, UserId user, String email, String remoteAddress) implements SecurityEvent {
    }

    record SignInFailed(TenantScope scope, UserId user, String email, String reason,
            String remoteAddress) implements SecurityEvent {
    }

    record AccountLockedOut(TenantScope scope, UserId user, String email, Instant until,
            String remoteAddress) implements SecurityEvent {
    }

    record SignedOut(TenantScope scope, UserId user, String email, String remoteAddress) implements SecurityEvent {
    }

}
