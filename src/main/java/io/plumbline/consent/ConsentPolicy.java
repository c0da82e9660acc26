package io.plumbline.consent;

import io.plumbline.tenancy.ClientId;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one client's records must carry: the required fields (the same for every
 * integration of the client, so that coverage compares across them), the coverage target
 * in percent and the age after which a consent counts as stale. {@code standard} is true
 * while the client has no policy of its own.
 */
public record ConsentPolicy(ClientId client, Set<ConsentField> required, double targetPercent, int maxAgeDays,
        boolean standard) {

    public static final double DEFAULT_TARGET = 98.0;

    public static final int DEFAULT_MAX_AGE_DAYS = 730;

    public ConsentPolicy {
        required = required.isEmpty() ? EnumSet.noneOf(ConsentField.class) : EnumSet.copyOf(required);
    }

    public static ConsentPolicy standard(ClientId client) {
        return new ConsentPolicy(client, ConsentField.DEFAULT_REQUIRED, DEFAULT_TARGET, DEFAULT_MAX_AGE_DAYS, true);
    }
}
