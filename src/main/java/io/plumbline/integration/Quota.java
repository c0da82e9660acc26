package io.plumbline.integration;

import java.time.Duration;

/** A provider's rate limit: so many requests per window. */
public record Quota(int requests, Duration window) {

    public String describe() {
        long seconds = window.toSeconds();
        String per = seconds % 86_400 == 0 ? (seconds / 86_400 == 1 ? "day" : seconds / 86_400 + " days")
                : seconds % 3_600 == 0 ? (seconds / 3_600 == 1 ? "hour" : seconds / 3_600 + " hours")
                : seconds % 60 == 0 ? (seconds / 60 == 1 ? "minute" : seconds / 60 + " minutes")
                : seconds + " s";
        return "%,d requests per %s".formatted(requests, per);
    }
}
