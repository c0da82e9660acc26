package io.plumbline.metrics;

import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mergeable log-scale latency histogram: bin {@code b} holds latencies in [1.02^b,
 * 1.02^(b+1)) ms, so any value read back (the bin's geometric middle) is within 1 % of
 * every latency in the bin. Bins add up across buckets and windows, which is what makes
 * p95 over any window computable from rollups. Bin -1 holds 0 ms.
 */
public final class LatencyHistogram {

    static final double GROWTH = 1.02;

    private static final double LOG_GROWTH = Math.log(GROWTH);

    private final SortedMap<Integer, Long> counts = new TreeMap<>();

    public static int bin(int latencyMs) {
        if (latencyMs <= 0) {
            return -1;
        }
        return (int) Math.floor(Math.log(latencyMs) / LOG_GROWTH + 1e-9);
    }

    static long representative(int bin) {
        if (bin < 0) {
            return 0;
        }
        return Math.round(Math.pow(GROWTH, bin + 0.5));
    }

    public void add(int bin, long observations) {
        counts.merge(bin, observations, Long::sum);
    }

    /** Adds every bin of {@code other} to this one; {@code other} is unchanged. */
    public void merge(LatencyHistogram other) {
        other.counts.forEach(this::add);
    }

    public void record(int latencyMs) {
        add(bin(latencyMs), 1);
    }

    public Map<Integer, Long> bins() {
        return counts;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Nearest-rank percentile ({@code quantile} in (0, 1]); empty without observations.
     */
    public OptionalLong percentile(double quantile) {
        long total = total();
        if (total == 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return OptionalLong.of(representative(entry.getKey()));
            }
        }
        return OptionalLong.of(representative(counts.lastKey()));
    }

}
