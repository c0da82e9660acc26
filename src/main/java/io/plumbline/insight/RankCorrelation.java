package io.plumbline.insight;

/**
 * Spearman's rank correlation between two client measures, or why there is none. Shown
 * with its method, n and uncertainty, never as a bare number.
 */
public sealed interface RankCorrelation {

    String METHOD = "Spearman rank correlation";

    int n();

    /**
     * ρ with a two-sided p-value (t approximation, n − 2 degrees of freedom) and a 95 %
     * confidence interval (Fisher z with the Bonett–Wright standard error √((1 + ρ²/2) /
     * (n − 3))).
     */
    record Measured(int n, double rho, double pValue, double ciLow, double ciHigh) implements RankCorrelation {
    }

    /**
     * Fewer clients with both measures than {@code minimum}: a line through so few points
     * would mislead.
     */
    record TooFewClients(int n, int minimum) implements RankCorrelation {
    }

    /** One of the measures is the same for every client, so ranks say nothing. */
    record NoVariation(int n) implements RankCorrelation {
    }

}
