package io.plumbline.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A window to look at: one of the presets, or a custom range. */
public record Period(String label, Instant from, Instant to) {

    public enum Preset {

        LAST_24_HOURS("24 h", Duration.ofHours(24)), LAST_7_DAYS("7 d", Duration.ofDays(7)),
        LAST_30_DAYS("30 d", Duration.ofDays(30)), LAST_90_DAYS("90 d", Duration.ofDays(90));

        private final String label;

        private final Duration length;

        Preset(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public String label() {
            return label;
        }

        public Period at(Clock clock) {
            Instant now = clock.instant();
            return new Period(label, now.minus(length), now);
        }

    }

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period starts before it ends");
        }
    }
}
