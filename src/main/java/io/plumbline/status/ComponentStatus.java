package io.plumbline.status;

import io.plumbline.integration.IntegrationId;
import java.util.Optional;

/**
 * One integration's live status: {@code state} is what is shown — the agency's override
 * when one is active, else {@code measured}, derived from the last minutes
 * ({@code reason} says from what, in words).
 */
public record ComponentStatus(IntegrationId integration, String name, LiveState state, LiveState measured,
        String reason, StatusOverride override) {

    public Optional<StatusOverride> overrideIfAny() {
        return Optional.ofNullable(override);
    }

    public boolean setByAgency() {
        return override != null;
    }

}
