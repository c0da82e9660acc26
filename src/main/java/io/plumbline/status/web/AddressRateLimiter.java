package io.plumbline.status.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public status page, in memory (each node
 * keeps its own: the page is read-only and cheap to refuse, so a cluster-wide bucket
 * would buy little). Held as one instant per address (GCRA): when its bucket is full
 * again. A request is admitted while that instant lies at most {@code burst - 1}
 * intervals ahead.
 */
class AddressRateLimiter {

    /** Above this many addresses, those whose bucket is full again are forgotten. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Long> fullAt = new ConcurrentHashMap<>();

    private final Clock clock;

    private final long intervalMillis;

    private final long toleranceMillis;

    AddressRateLimiter(Clock clock, int requestsPerMinute, int burst) {
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be at least 1");
        }
        this.clock = clock;
        this.intervalMillis = 60_000L / requestsPerMinute;
        this.toleranceMillis = (burst - 1) * intervalMillis;
    }

    /** Counts one request: true when it may proceed. */
    boolean admit(String address) {
        long now = clock.millis();
        if (fullAt.size() > MAX_TRACKED) {
            fullAt.entrySet().removeIf(e -> e.getValue() <= now);
        }
        boolean[] admitted = new boolean[1];
        fullAt.compute(address, (key, full) -> {
            long start = full == null || full < now ? now : full;
            admitted[0] = start - now <= toleranceMillis;
            return admitted[0] ? start + intervalMillis : start;
        });
        return admitted[0];
    }

    /** Whole seconds until the address may ask again. */
    long retryAfterSeconds(String address) {
        Long full = fullAt.get(address);
        long wait = full == null ? 0 : full - toleranceMillis - clock.millis();
        return Math.max(1, (wait + 999) / 1000);
    }

}
