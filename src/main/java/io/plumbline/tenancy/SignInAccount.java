package io.plumbline.tenancy;

import java.time.Instant;

/** What sign-in needs to decide about one account; only the security module uses it. */
public record SignInAccount(UserId id, TenantScope scope, String email, String displayName, Role role,
        String passwordHash, boolean enabled, boolean mustChangePassword, Instant passwordExpiresAt,
        Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean oneTimePasswordExpiredAt(Instant now) {
        return mustChangePassword && passwordExpiresAt != null && !passwordExpiresAt.isAfter(now);
    }
}
