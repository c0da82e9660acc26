package io.plumbline.monitoring;

import java.time.Duration;

/**
 * How often to try before calling a check down. Only failures that may pass on their own
 * are retried (timeouts, connection failures, 5xx, 429); between attempts the runner
 * waits a random time up to {@code min(maxBackoff, initialBackoff × 2^(attempt − 1))}
 * (full jitter), or what the {@code Retry-After} of a 429 (or 503) asks, capped at
 * {@code maxBackoff}.
 *
 * @param maxAttempts 1 to 5, the first attempt included
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final int MAX_ATTEMPTS = 5;

    public static RetryPolicy once() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }
}
