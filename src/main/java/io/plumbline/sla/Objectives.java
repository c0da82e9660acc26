package io.plumbline.sla;

import java.math.BigDecimal;

/**
 * What an SLA (or a campaign window) promises. {@code availabilityPercent} (e.g. 99.5)
 * sets the error budget; {@code p95LatencyMs} caps the p95 of successful calls over the
 * window; {@code maxDailyErrorRatePercent} caps the share of failed calls on any one
 * local day, so a single bad day breaks the SLA even when the month's average hides it.
 * The last two are optional.
 */
public record Objectives(double availabilityPercent, Integer p95LatencyMs, Double maxDailyErrorRatePercent) {

    /** An availability target with neither a p95 cap nor a daily limit. */
    public static Objectives availabilityOnly(double availabilityPercent) {
        return new Objectives(availabilityPercent, null, null);
    }

    /** The target as a share: 99.5 % → 0.995. */
    public double availability() {
        return availabilityPercent / 100;
    }

    /** The share of events that may fail: 1 − SLO. */
    public double allowedFailureShare() {
        return 1 - availability();
    }

    public String describe() {
        StringBuilder text = new StringBuilder("%s %% availability".formatted(plain(availabilityPercent)));
        if (p95LatencyMs != null) {
            text.append(", p95 ≤ %,d ms".formatted(p95LatencyMs));
        }
        if (maxDailyErrorRatePercent != null) {
            text.append(", ≤ %s %% errors a day".formatted(plain(maxDailyErrorRatePercent)));
        }
        return text.toString();
    }

    /** 99.50 → "99.5", 2.0 → "2". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
