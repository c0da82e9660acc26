package io.plumbline.status;

import java.time.Instant;

/**
 * A status the agency set by hand while it investigates: shown instead of the measured
 * one until cleared or until {@code expiresAt} (null: until cleared).
 */
public record StatusOverride(LiveState state, String note, String setBy, Instant setAt, Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

}
