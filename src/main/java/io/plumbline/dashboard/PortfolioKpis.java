package io.plumbline.dashboard;

import io.plumbline.retention.RevenueAtRisk;

/**
 * The portfolio's key figures (docs/dashboard.md has the formulas). Revenue at risk is as
 * of today (contract state has no history to compare), narrowed to the clients the
 * at-risk score flags.
 */
public record PortfolioKpis(Kpi slasMet, Kpi meanAvailability, Kpi errorBudgetBurn, Kpi consentCoverage, Kpi nps,
        Kpi csat, Kpi medianTimeToResolveHours, Kpi openIncidents, RevenueAtRisk revenueAtRisk) {
}
