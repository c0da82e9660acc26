package io.plumbline.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A window to look at: one of the presets, or a custom range. */
public record Period(String label, Instant from, Instant to) {

    public enum Preset {

        LAST_24_HOURS("24 h", "24 hours", Duration.ofHours(24)), LAST_7_DAYS("7 d", "7 days", Duration.ofDays(7)),
        LAST_30_DAYS("30 d", "30 days", Duration.ofDays(30)), LAST_90_DAYS("90 d", "90 days", Duration.ofDays(90));

        private final String label;

        private final String words;

        private final Duration length;

        Preset(String label, String words, Duration length) {
            this.label = label;
            this.words = words;
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

    /**
     * "last 7 days" for a preset, "the chosen period" for a custom range: said next to
     * each figure.
     */
    public String inWords() {
        return java.util.Arrays.stream(Preset.values())
            .filter(p -> p.label().equals(label))
            .findFirst()
            .map(p -> "last " + p.words)
            .orElse("the chosen period");
    }

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period starts before it ends");
        }
    }
}
