package io.plumbline.ingestion.web;

import io.plumbline.metrics.FailureClass;
import java.time.Instant;

/** One syntactically valid observation, not yet matched to an integration. */
record ParsedItem(int index, String integrationKey, Instant timestamp, String operation, Integer status, int latencyMs,
        FailureClass failureClass, boolean retried) {
}
