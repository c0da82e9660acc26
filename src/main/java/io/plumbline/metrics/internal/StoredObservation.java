package io.plumbline.metrics.internal;

import io.plumbline.metrics.Observation;
import java.util.UUID;

/** An observation with the tenant columns it is stored under. */
public record StoredObservation(UUID agency, UUID client, Observation observation) {
}
