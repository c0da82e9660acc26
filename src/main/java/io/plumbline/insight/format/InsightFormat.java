package io.plumbline.insight.format;

import io.plumbline.shared.format.Format;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.ClientInsight;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.RankCorrelation;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.ClientRenewal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * How insight figures read, the same on the page, in the CSV and in the executive report;
 * "—" without data.
 */
public final class InsightFormat {

    public static final String NONE = Format.NONE;

    private InsightFormat() {
    }

    /** A 0–1 share of good events as availability reads everywhere: "99.87 %". */
    public static String share(OptionalDouble share) {
        return share(Format.ENGLISH, share);
    }

    /** {@link #share(OptionalDouble)} in a viewer's language. */
    public static String share(Format.Localized format, OptionalDouble share) {
        return format.percent(share, Format.Precision.AVAILABILITY);
    }

    /** "+35 (n = 9)" or "—". */
    public static String score(OptionalDouble value, int n, boolean signed) {
        if (value.isEmpty()) {
            return NONE;
        }
        return String.format(Locale.ROOT, signed ? "%+.0f (n = %d)" : "%.0f %% (n = %d)", value.getAsDouble(), n);
    }

    public static String duration(Optional<Duration> duration) {
        return duration.map(Format::duration).orElse(NONE);
    }

    public static String renewalStatus(ClientInsight row) {
        return row.renewal().map(r -> r.status().label()).orElse("No contract");
    }

    /** The next renewal date, or the churn date of a client that left. */
    public static String renewalDate(ClientInsight row) {
        return row.renewal().map(InsightFormat::renewalDate).orElse(NONE);
    }

    private static String renewalDate(ClientRenewal r) {
        return r.nextRenewalIfAny()
            .map(Format::date)
            .or(() -> r.lastChurnIfAny().map(c -> "churned " + Format.date(c.date())))
            .orElse(NONE);
    }

    /** "EUR 4,800.00" per currency; a churned client earns nothing. */
    public static String monthlyValue(ClientInsight row) {
        return amounts(row.renewal().map(ClientRenewal::mrr).orElse(Amounts.NONE));
    }

    public static String amounts(Amounts amounts) {
        return amounts.isEmpty() ? NONE : amounts.format();
    }

    public static String scoreValue(AtRiskScore score) {
        return String.format(Locale.ROOT, "%.0f", score.value());
    }

    /**
     * "Reliability 35 × 1.00 · Satisfaction 35 × 0.42 · …": the breakdown behind a score.
     */
    public static String breakdown(AtRiskScore score) {
        return score.factors()
            .stream()
            .map(f -> String.format(Locale.ROOT, "%s %.0f × %.2f", f.name(), f.weight(), f.value()))
            .collect(Collectors.joining(" · "));
    }

    /** The main factor, or "—" when nothing adds to the score. */
    public static String why(AtRiskScore score) {
        AtRiskScore.Factor main = score.mainFactor();
        return main.value() == 0 ? NONE : main.name();
    }

    /**
     * In words: "ρ = 0.62 (95 % CI 0.05 – 0.89), p = 0.03, n = 11 clients — Spearman rank
     * correlation", or why there is no figure.
     */
    public static String correlation(Correlation correlation) {
        return switch (correlation.result()) {
            case RankCorrelation.Measured m ->
                String.format(Locale.ROOT, "ρ = %.2f (95 %% CI %.2f – %.2f), p = %s, n = %d clients — %s", m.rho(),
                        m.ciLow(), m.ciHigh(), pValue(m.pValue()), m.n(), RankCorrelation.METHOD);
            case RankCorrelation.TooFewClients t -> "Too few clients (n = %d < %d) for a %s: no line is drawn."
                .formatted(t.n(), t.minimum(), RankCorrelation.METHOD.toLowerCase(Locale.ROOT));
            case RankCorrelation.NoVariation v ->
                ("No variation: one of the measures is the same for all %d clients, " + "so ranks say nothing.")
                    .formatted(v.n());
        };
    }

    private static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

}
