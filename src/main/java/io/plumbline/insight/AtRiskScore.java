package io.plumbline.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The at-risk score, 0 (no warning sign) to 100 (every sign at its worst): the weighted
 * mean of the factors a client has data for. Each factor is scaled to 0–1:
 * <ul>
 * <li>reliability (weight 35): SLA missed 1, at risk 0.5, met 0;</li>
 * <li>satisfaction (weight 35): (30 − NPS) / 60 clamped to 0–1, or without NPS (80 − CSAT
 * %) / 40;</li>
 * <li>incidents (weight 15): incidents in the period / 3, at most 1;</li>
 * <li>consent (weight 15): points below the coverage target / 5, at most 1.</li>
 * </ul>
 * A client is at risk from {@value #AT_RISK_FROM} on. {@link #FORMULA} is the same in
 * words for the UI and reports.
 */
public record AtRiskScore(double value, List<Factor> factors) {

    public static final double AT_RISK_FROM = 40;

    public static final String FORMULA = "score = 100 × Σ weight × factor / Σ weight over the factors with data; "
            + "reliability 35 (SLA missed 1, at risk ½, met 0), satisfaction 35 ((30 − NPS) / 60, or (80 − CSAT) / 40), "
            + "incidents 15 (count / 3), consent 15 (points below target / 5); each factor 0–1; at risk from 40";

    /** One factor's scaled value and weight, to explain a score. */
    public record Factor(String name, double weight, double value) {
    }

    public static AtRiskScore of(RiskFactors in) {
        List<Factor> factors = new ArrayList<>();
        in.slaShortfall().ifPresent(v -> factors.add(new Factor("Reliability", 35, clamp(v))));
        satisfaction(in).ifPresent(v -> factors.add(new Factor("Satisfaction", 35, v)));
        factors.add(new Factor("Incidents", 15, clamp(in.incidents() / 3.0)));
        in.consentGapPoints().ifPresent(v -> factors.add(new Factor("Consent", 15, clamp(v / 5))));
        double weights = factors.stream().mapToDouble(Factor::weight).sum();
        double weighted = factors.stream().mapToDouble(f -> f.weight() * f.value()).sum();
        // incidents always count (none is a measure too), so the weights never sum to
        // zero
        return new AtRiskScore(100 * weighted / weights, List.copyOf(factors));
    }

    public boolean atRisk() {
        return value >= AT_RISK_FROM;
    }

    /** The factor that adds most to the score, to say "why" next to it. */
    public Factor mainFactor() {
        Factor main = factors.getFirst();
        for (Factor f : factors) {
            if (f.weight() * f.value() > main.weight() * main.value()) {
                main = f;
            }
        }
        return main;
    }

    private static OptionalDouble satisfaction(RiskFactors in) {
        if (in.nps().isPresent()) {
            return OptionalDouble.of(clamp((30 - in.nps().getAsDouble()) / 60));
        }
        if (in.csat().isPresent()) {
            return OptionalDouble.of(clamp((80 - in.csat().getAsDouble()) / 40));
        }
        return OptionalDouble.empty();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
