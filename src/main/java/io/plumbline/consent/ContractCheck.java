package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;
import java.util.Map;

/**
 * Samples of one integration checked against its contract over a period; violations
 * counted per field (JSON Pointer, e.g. /optIn).
 */
public record ContractCheck(IntegrationId integration, long samples, long invalid,
        Map<String, Long> violationsByField) {
}
