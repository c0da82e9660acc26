package io.plumbline.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/** One bucket of a health time series, for charts. */
public record HealthPoint(Instant bucketStart, long total, long good, Map<FailureClass, Long> failures,
        OptionalLong p50, OptionalLong p95, OptionalLong p99) {
}
