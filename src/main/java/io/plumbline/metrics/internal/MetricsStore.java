package io.plumbline.metrics.internal;

import io.plumbline.metrics.ClientHealth;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.TimeRange;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.HealthPoint;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Raw rows plus rollups, written together; the module's only way to the metrics tables.
 */
public class MetricsStore {

    private final RawObservationWriter rawWriter;

    private final RollupWriter rollupWriter;

    private final RollupReader rollupReader;

    MetricsStore(RawObservationWriter rawWriter, RollupWriter rollupWriter, RollupReader rollupReader) {
        this.rawWriter = rawWriter;
        this.rollupWriter = rollupWriter;
        this.rollupReader = rollupReader;
    }

    /**
     * Stores {@code raw} as raw rows and all of {@code rollupOnly} plus {@code raw} in
     * the rollups (observations older than raw retention feed only the rollups; older
     * than the minute-rollup retention, only the hour and day rollups).
     */
    public void write(List<StoredObservation> raw, List<StoredObservation> rollupOnly, Instant minuteHorizon) {
        rawWriter.write(raw);
        Map<RollupDelta.Key, RollupDelta> deltas = new HashMap<>();
        addAll(deltas, raw, minuteHorizon);
        addAll(deltas, rollupOnly, minuteHorizon);
        rollupWriter.write(deltas);
    }

    public ClientHealth summaries(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to) {
        return rollupReader.summaries(agency, integrations, granularity, from, to);
    }

    public Map<IntegrationId, Map<TimeRange, MetricBucket>> sums(UUID agency, List<UUID> integrations,
            Granularity granularity, List<TimeRange> ranges, boolean withLatency) {
        return rollupReader.sums(agency, integrations, granularity, ranges, withLatency);
    }

    public List<HealthPoint> series(UUID agency, List<UUID> integrations, Granularity granularity, Instant from,
            Instant to) {
        return rollupReader.series(agency, integrations, granularity, from, to);
    }

    public List<MetricBucket> buckets(UUID agency, List<UUID> integrations, Granularity granularity,
            List<TimeRange> ranges, boolean withLatency) {
        return rollupReader.buckets(agency, integrations, granularity, ranges, withLatency);
    }

    /**
     * Minute buckets older than their retention would be deleted at once, so they are not
     * written.
     */
    private static void addAll(Map<RollupDelta.Key, RollupDelta> deltas, List<StoredObservation> observations,
            Instant minuteHorizon) {
        for (StoredObservation stored : observations) {
            boolean keepMinutes = !stored.observation().observedAt().isBefore(minuteHorizon);
            for (Granularity granularity : Granularity.values()) {
                if (granularity == Granularity.MINUTE && !keepMinutes) {
                    continue;
                }
                RollupDelta.Key key = new RollupDelta.Key(stored.agency(), stored.observation().integration().value(),
                        granularity, granularity.floor(stored.observation().observedAt()));
                deltas.computeIfAbsent(key, k -> new RollupDelta(stored.client())).add(stored.observation());
            }
        }
    }

}
