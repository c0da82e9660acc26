package io.plumbline.ingestion.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.plumbline.ingestion.ApiKeyId;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API key (in memory, per node): a steady rate with a burst allowance. */
class ApiRateLimiter {

    private final Map<ApiKeyId, Bucket> buckets = new ConcurrentHashMap<>();
    private final long requestsPerSecond;
    private final long burst;

    ApiRateLimiter(long requestsPerSecond, long burst) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
    }

    /** @return empty when the request may proceed, else the seconds to wait */
    OptionalLong tryAcquire(ApiKeyId key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requestsPerSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
