package io.plumbline.insight;

/**
 * One rank correlation across the agency's clients: which two measures, and what it
 * found.
 */
public record Correlation(String x, String y, RankCorrelation result) {
}
