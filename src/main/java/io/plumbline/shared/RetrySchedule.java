package io.plumbline.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try an outgoing message again (alert notifications, scheduled report mail): 30
 * s after the first failure, doubling, at most 30 min apart; after the eighth failed
 * attempt (about 1 h 33 min after the first) it is given up as FAILED. No jitter: each
 * message has its own schedule already, and the plain sequence is what the delivery log
 * shows.
 */
public final class RetrySchedule {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofMinutes(30);

    private RetrySchedule() {
    }

    /**
     * The pause after {@code failedAttempts} failures; empty once the notification must
     * be given up.
     */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration pause = FIRST.multipliedBy(1L << Math.min(failedAttempts - 1, 16));
        return Optional.of(pause.compareTo(CAP) > 0 ? CAP : pause);
    }

}
