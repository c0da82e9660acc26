package io.plumbline.reporting.internal;

import io.plumbline.dashboard.Portfolio;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.tenancy.Branding;
import java.time.Instant;

/**
 * Everything the agency's executive report shows: the portfolio as the dashboard computes it for the report's period
 * (beside the period before), and insight's view of the same days for reliability against satisfaction and renewal.
 */
public record ExecutiveReportData(Branding agency, ReportPeriod period, ReportPeriod previous, Instant generatedAt,
        Portfolio portfolio, PortfolioInsight insight) {
}
