package io.plumbline.metrics;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;

/** One API call or check. {@code failureClass} is null for a good one. */
public record Observation(IntegrationId integration, Instant observedAt, Source source, String operation,
        Integer httpStatus, int latencyMs, FailureClass failureClass, boolean retried) {

    public boolean good() {
        return failureClass == null;
    }
}
