package io.plumbline.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Health of one integration (or all of a client's) over a window, from rollups:
 * availability = good / all observations; latency percentiles of the successful calls,
 * from the merged histogram.
 */
public record HealthSummary(Instant from, Instant to, Granularity granularity, long total, long good, long retried,
        Map<FailureClass, Long> failures, long latencySumMs, OptionalLong p50, OptionalLong p95, OptionalLong p99) {

    public OptionalDouble availability() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) good / total);
    }

    public OptionalDouble errorRate() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (total - good) / total);
    }

    public long failures(FailureClass failureClass) {
        return failures.getOrDefault(failureClass, 0L);
    }
}
