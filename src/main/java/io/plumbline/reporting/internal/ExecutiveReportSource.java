package io.plumbline.reporting.internal;

import io.plumbline.dashboard.DashboardService;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.sla.Interval;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reads the executive report's figures in the agency's scope, from the dashboard's own
 * service, so a figure in the PDF is the dashboard's figure for the same days (the
 * correlations too: they come with the at-risk scores). A period still running is read up
 * to now.
 */
@Component
public class ExecutiveReportSource {

    private final AgencyService agencies;

    private final DashboardService dashboard;

    private final Clock clock;

    ExecutiveReportSource(AgencyService agencies, DashboardService dashboard, Clock clock) {
        this.agencies = agencies;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    public ExecutiveReportData read(AgencyId agency, ReportPeriod period) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Instant now = clock.instant();
            ReportPeriod previous = period.previous();
            return new ExecutiveReportData(agencies.currentBranding(), period, previous, now,
                    dashboard.portfolio(upToNow(period, now), upToNow(previous, now)));
        });
    }

    private static Interval upToNow(ReportPeriod period, Instant now) {
        return new Interval(period.from(), period.to().isAfter(now) ? now : period.to());
    }

}
