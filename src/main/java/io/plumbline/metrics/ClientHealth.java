package io.plumbline.metrics;

import io.plumbline.integration.IntegrationId;
import java.util.Map;

/**
 * A client's health over a window, all its integrations together ({@code overall}) and
 * each on its own.
 */
public record ClientHealth(HealthSummary overall, Map<IntegrationId, HealthSummary> byIntegration) {

    public ClientHealth {
        byIntegration = Map.copyOf(byIntegration);
    }
}
