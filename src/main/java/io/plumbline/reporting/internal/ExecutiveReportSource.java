package io.plumbline.reporting.internal;

import io.plumbline.dashboard.DashboardService;
import io.plumbline.insight.InsightPeriod;
import io.plumbline.insight.InsightService;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.sla.Interval;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Reads the executive report's figures in the agency's scope, from the same services as the dashboard, so a figure in
 * the PDF is the dashboard's figure for the same days. A period still running is read up to now.
 */
@Component
public class ExecutiveReportSource {

    private final AgencyService agencies;
    private final DashboardService dashboard;
    private final InsightService insight;
    private final Clock clock;

    ExecutiveReportSource(AgencyService agencies, DashboardService dashboard, InsightService insight, Clock clock) {
        this.agencies = agencies;
        this.dashboard = dashboard;
        this.insight = insight;
        this.clock = clock;
    }

    public ExecutiveReportData read(AgencyId agency, ReportPeriod period) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Instant now = clock.instant();
            ReportPeriod previous = period.previous();
            return new ExecutiveReportData(agencies.currentBranding(), period, previous, now,
                    dashboard.portfolio(upToNow(period, now), upToNow(previous, now)),
                    insight.portfolio(insightDays(period, now)));
        });
    }

    private static Interval upToNow(ReportPeriod period, Instant now) {
        return new Interval(period.from(), period.to().isAfter(now) ? now : period.to());
    }

    /** Insight judges whole UTC days up to yesterday: the period's days, cut at yesterday. */
    private static InsightPeriod insightDays(ReportPeriod period, Instant now) {
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        LocalDate last = period.end().minusDays(1);
        LocalDate to = last.isBefore(yesterday) ? last : yesterday;
        LocalDate from = period.start().isAfter(to) ? to : period.start();
        return new InsightPeriod(InsightPeriod.Kind.CUSTOM, from, to);
    }
}
