package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;

/**
 * The JSON Schema samples of one integration are checked against; {@code generated} while
 * it follows the policy.
 */
public record PayloadContract(IntegrationId integration, String jsonSchema, boolean generated) {
}
