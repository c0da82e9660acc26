package io.plumbline.reporting.internal;

import io.plumbline.dashboard.Portfolio;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.tenancy.Branding;
import java.time.Instant;

/**
 * Everything the agency's executive report shows: the portfolio as the dashboard computes
 * it for the report's period (beside the period before), with the insight behind its
 * at-risk scores for reliability against satisfaction and renewal.
 */
public record ExecutiveReportData(Branding agency, ReportPeriod period, ReportPeriod previous, Instant generatedAt,
        Portfolio portfolio) {

    public PortfolioInsight insight() {
        return portfolio.insight();
    }
}
