package io.plumbline.integration;

import java.time.Duration;

/** A provider's rate limit: so many requests per window. */
public record Quota(int requests, Duration window) {

    /** Compact, for tables: "100 / 10 s", "200,000 / day". */
    public String describe() {
        long seconds = window.toSeconds();
        String per = seconds % 86_400 == 0 ? unit(seconds / 86_400, "day") : seconds % 3_600 == 0
                ? unit(seconds / 3_600, "h") : seconds % 60 == 0 ? unit(seconds / 60, "min") : seconds + " s";
        return "%,d / %s".formatted(requests, per);
    }

    private static String unit(long count, String unit) {
        return count == 1 ? unit : count + " " + unit;
    }
}
