package io.plumbline.retention;

/** A period's KPIs beside the previous period's, for change arrows. */
public record KpiComparison(RetentionKpis current, RetentionKpis previous) {
}
