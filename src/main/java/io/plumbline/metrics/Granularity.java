package io.plumbline.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rollup bucket sizes. Windows are read at the coarsest size that still shows their
 * shape.
 */
public enum Granularity {

    MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Granularity(ChronoUnit unit) {
        this.unit = unit;
    }

    public Instant floor(Instant instant) {
        return instant.truncatedTo(unit);
    }

    public Duration size() {
        return unit.getDuration();
    }

    public String code() {
        return name().toLowerCase();
    }

    /** Minute buckets up to a day, hour buckets up to 31 days, day buckets beyond. */
    public static Granularity forWindow(Instant from, Instant to) {
        Duration window = Duration.between(from, to);
        if (window.compareTo(Duration.ofDays(1)) <= 0) {
            return MINUTE;
        }
        return window.compareTo(Duration.ofDays(31)) <= 0 ? HOUR : DAY;
    }

}
