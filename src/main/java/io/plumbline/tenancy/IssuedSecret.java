package io.plumbline.tenancy;

import java.time.Instant;

/**
 * A one-time password or invitation token, returned once to the admin who created it and
 * stored only as a hash.
 */
public record IssuedSecret(UserId user, String email, Kind kind, String secret, Instant expiresAt) {

    public enum Kind {

        ONE_TIME_PASSWORD, INVITE_TOKEN

    }
}
