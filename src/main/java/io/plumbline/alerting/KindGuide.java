package io.plumbline.alerting;

import java.time.Duration;

/**
 * What a rule kind's threshold means and which values make sense, for the form and the
 * service's validation. {@code windowLabel} is null when the kind ignores the window.
 */
public record KindGuide(String label, String thresholdLabel, double min, double max, boolean wholeNumber,
        String windowLabel, double suggestedThreshold, Duration suggestedWindow) {

    public boolean usesWindow() {
        return windowLabel != null;
    }

    public static KindGuide of(AlertRuleKind kind) {
        return switch (kind) {
            case SLO_BURN_RATE -> new KindGuide("SLO burn rate", "Burn rate (×)", 0.1, 1000, false, "Long window", 14.4,
                    Duration.ofHours(1));
            case AVAILABILITY_BELOW -> new KindGuide("Availability below", "Availability (%)", 0.01, 100, false,
                    "Window", 99, Duration.ofHours(1));
            case ERROR_RATE_ABOVE -> new KindGuide("Error rate above", "Error rate (%)", 0, 99.99, false, "Window", 5,
                    Duration.ofMinutes(15));
            case LATENCY_P95_ABOVE -> new KindGuide("p95 latency above", "p95 latency (ms)", 1, 600_000, true, "Window",
                    2000, Duration.ofMinutes(15));
            case CONSECUTIVE_FAILURES -> new KindGuide("Consecutive failed checks", "Failed checks in a row", 1, 100,
                    true, "Look back", 3, Duration.ofHours(1));
            case CREDENTIAL_EXPIRY ->
                new KindGuide("Credential expiry", "Days ahead", 0, 365, true, null, 14, Duration.ofDays(1));
            case QUOTA_USAGE ->
                new KindGuide("Quota use above", "Share of quota (%)", 1, 1000, false, null, 80, Duration.ofDays(1));
            case CONSENT_COVERAGE_BELOW_TARGET -> new KindGuide("Consent coverage below target",
                    "Target (%, 0 = the client's policy)", 0, 100, false, "Window", 0, Duration.ofDays(1));
            case CONSENT_TAGS_MISSING ->
                new KindGuide("Consent tags missing", "Unused (0)", 0, 0, false, "Window", 0, Duration.ofDays(1));
            case DEPRECATION_AHEAD ->
                new KindGuide("Deprecation ahead", "Days ahead", 0, 365, true, null, 30, Duration.ofDays(1));
        };
    }
}
