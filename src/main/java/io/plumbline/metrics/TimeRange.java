package io.plumbline.metrics;

import java.time.Instant;

/** The instants from {@code from} (inclusive) to {@code to} (exclusive). */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A time range must end after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
