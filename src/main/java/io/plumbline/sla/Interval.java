package io.plumbline.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A half-open stretch of time [start, end). */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval ends after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when [from, to) lies entirely inside this interval. */
    public boolean covers(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    public Optional<Interval> intersect(Interval other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return to.isAfter(from) ? Optional.of(new Interval(from, to)) : Optional.empty();
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
