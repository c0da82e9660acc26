package io.plumbline.insight;

import io.plumbline.retention.RevenueAtRisk;
import java.util.List;

/**
 * The agency's clients over one period, at-risk first then by score; the correlations
 * across them; and the revenue at risk narrowed to the at-risk clients.
 */
public record PortfolioInsight(InsightPeriod period, List<ClientInsight> clients, List<Correlation> correlations,
        RevenueAtRisk revenueAtRisk) {

    public List<ClientInsight> atRisk() {
        return clients.stream().filter(c -> c.score().atRisk()).toList();
    }
}
