package io.plumbline.tenancy;

import java.time.Instant;

/** A user as the admin's user list shows them; no secrets. */
public record UserSummary(UserId id, String email, String displayName, Role role, ClientId client, String clientName,
        boolean enabled, boolean mustChangePassword, boolean invitePending, Instant lockedUntil, Instant lastLoginAt,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
