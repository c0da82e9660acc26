package io.plumbline.reporting.internal;

import io.plumbline.dashboard.DashboardService;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.internal.ExecutiveReportData.RetentionFigures;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.retention.RetentionService;
import io.plumbline.sla.Interval;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the executive report's figures in the agency's scope, from the dashboard's own
 * service, so a figure in the PDF is the dashboard's figure for the same days (the
 * correlations too: they come with the at-risk scores), and churn and revenue from the
 * retention module's service, as the retention page shows them. A period still running is
 * read up to now.
 */
@Component
public class ExecutiveReportSource {

    private final AgencyService agencies;

    private final DashboardService dashboard;

    private final RetentionService retention;

    private final Clock clock;

    ExecutiveReportSource(AgencyService agencies, DashboardService dashboard, RetentionService retention, Clock clock) {
        this.agencies = agencies;
        this.dashboard = dashboard;
        this.retention = retention;
        this.clock = clock;
    }

    public ExecutiveReportData read(AgencyId agency, ReportPeriod period) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Instant now = clock.instant();
            ReportPeriod previous = period.previous();
            RetentionFigures figures = new RetentionFigures(retention.kpis(retentionPeriod(period)),
                    retention.upcomingRenewals(ContractStatus.DUE_WITHIN_DAYS),
                    retention.renewalStatus()
                        .stream()
                        .collect(Collectors.toMap(ClientRenewal::client, Function.identity())));
            return new ExecutiveReportData(agencies.currentBranding(), period, previous, now,
                    dashboard.portfolio(upToNow(period, now), upToNow(previous, now)), figures);
        });
    }

    /**
     * Retention is counted per calendar month, quarter or year: the report's period when
     * it is one of them, else (a week) the month of its last day.
     */
    static RetentionPeriod retentionPeriod(ReportPeriod period) {
        if (period.start().getDayOfMonth() == 1 && period.end().getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(period.start(), period.end());
            for (PeriodKind kind : PeriodKind.values()) {
                if (kind.months() == months && (period.start().getMonthValue() - 1) % kind.months() == 0) {
                    return new RetentionPeriod(kind, period.start());
                }
            }
        }
        return RetentionPeriod.containing(PeriodKind.MONTH, period.end().minusDays(1));
    }

    private static Interval upToNow(ReportPeriod period, Instant now) {
        return new Interval(period.from(), period.to().isAfter(now) ? now : period.to());
    }

}
