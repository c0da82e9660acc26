package io.plumbline.sla;

import io.plumbline.shared.format.Format;
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

    /** "99.5 % availability, p95 ≤ 1,200 ms, ≤ 2 % errors a day". */
    public String describe() {
        return describe(Format.ENGLISH);
    }

    /** {@link #describe()} in a viewer's language: "99,5 % availability" for German. */
    public String describe(Format.Localized format) {
        StringBuilder text = new StringBuilder(format.objective(availabilityPercent) + " availability");
        if (p95LatencyMs != null) {
            text.append(", p95 ≤ " + format.count(p95LatencyMs) + " ms");
        }
        if (maxDailyErrorRatePercent != null) {
            text.append(", ≤ " + format.objective(maxDailyErrorRatePercent) + " errors a day");
        }
        return text.toString();
    }

    /** 99.50 → "99.5", 2.0 → "2". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
