package io.plumbline.metrics.internal;

import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.Observation;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** What one batch adds to one rollup bucket. */
final class RollupDelta {

    record Key(UUID agency, UUID integration, Granularity granularity, Instant bucketStart) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byIntegration = integration.compareTo(other.integration);
            if (byIntegration != 0) {
                return byIntegration;
            }
            int byGranularity = granularity.compareTo(other.granularity);
            return byGranularity != 0 ? byGranularity : bucketStart.compareTo(other.bucketStart);
        }
    }

    final UUID client;

    long total;

    long good;

    long retried;

    long latencySumMs;

    final Map<FailureClass, Long> failures = new EnumMap<>(FailureClass.class);

    final LatencyHistogram latency = new LatencyHistogram();

    RollupDelta(UUID client) {
        this.client = client;
    }

    /**
     * Latency is that of successful calls: a timeout's 30 s says nothing about how fast
     * the API answers.
     */
    void add(Observation observation) {
        total++;
        if (observation.good()) {
            good++;
            latencySumMs += observation.latencyMs();
            latency.record(observation.latencyMs());
        }
        else {
            failures.merge(observation.failureClass(), 1L, Long::sum);
        }
        if (observation.retried()) {
            retried++;
        }
    }

    long failures(FailureClass failureClass) {
        return failures.getOrDefault(failureClass, 0L);
    }

}
