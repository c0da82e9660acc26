package io.plumbline.reporting.internal;

import io.plumbline.dashboard.Portfolio;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.UpcomingRenewals;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Map;

/**
 * Everything the agency's executive report shows: the portfolio as the dashboard computes
 * it for the report's period (beside the period before), with the insight behind its
 * at-risk scores for reliability against satisfaction and renewal, and the retention
 * module's churn and revenue figures.
 */
public record ExecutiveReportData(Branding agency, ReportPeriod period, ReportPeriod previous, Instant generatedAt,
        Portfolio portfolio, RetentionFigures retention) {

    public PortfolioInsight insight() {
        return portfolio.insight();
    }

    /**
     * Churn and revenue from the retention module: the KPIs of the retention period that
     * matches the report's period ({@link ExecutiveReportSource#retentionPeriod}), the
     * renewals due from today, and every client's contract standing.
     */
    public record RetentionFigures(RetentionKpis kpis, UpcomingRenewals renewalsDue,
            Map<ClientId, ClientRenewal> renewals) {
    }
}
