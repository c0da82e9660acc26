package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One payload as an integration sends it, to be checked against the integration's
 * contract and then forgotten.
 */
public record ConsentSample(IntegrationId integration, Instant observedAt, JsonNode payload) {
}
