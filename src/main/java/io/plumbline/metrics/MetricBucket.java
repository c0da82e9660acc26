package io.plumbline.metrics;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;

/**
 * One rollup bucket of one integration: counts and the latency histogram of its
 * successful calls. The histogram belongs to this bucket; merge it into a new one rather
 * than changing it.
 */
public record MetricBucket(IntegrationId integration, Instant start, Granularity granularity, long total, long good,
        LatencyHistogram latency) {

    public Instant end() {
        return start.plus(granularity.size());
    }

    public long bad() {
        return total - good;
    }
}
