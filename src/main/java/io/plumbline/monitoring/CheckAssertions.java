package io.plumbline.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a response must satisfy to count as up.
 *
 * @param expectedStatuses empty means any 2xx
 * @param degradedLatency from this latency on a passing check is degraded; {@code null}
 * for never
 * @param failedLatency from this latency the check is down; {@code null} for never
 * @param jsonSchema JSON Schema text (draft 2020-12 unless it names another
 * {@code $schema}); {@code null} for none
 */
public record CheckAssertions(Set<Integer> expectedStatuses, Duration degradedLatency, Duration failedLatency,
        List<HeaderAssertion> headers, List<JsonPathAssertion> jsonPaths, String jsonSchema) {

    public CheckAssertions {
        expectedStatuses = expectedStatuses == null ? Set.of() : Set.copyOf(expectedStatuses);
        headers = headers == null ? List.of() : List.copyOf(headers);
        jsonPaths = jsonPaths == null ? List.of() : List.copyOf(jsonPaths);
        jsonSchema = jsonSchema == null || jsonSchema.isBlank() ? null : jsonSchema;
    }

    /** Any 2xx, however slow (within the request timeout). */
    public static CheckAssertions anySuccess() {
        return new CheckAssertions(Set.of(), null, null, List.of(), List.of(), null);
    }
}
