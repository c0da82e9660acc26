package io.plumbline.reporting;

import io.plumbline.reporting.internal.ScheduleCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The days a report covers, [{@code start}, {@code end}) in {@code zone}. */
public record ReportPeriod(LocalDate start, LocalDate end, ZoneId zone) {

    public ReportPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a report period must end after it starts: " + start + " – " + end);
        }
    }

    public Instant from() {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return end.atStartOfDay(zone).toInstant();
    }

    /**
     * The period just before, for "change against the previous period": as many whole
     * months before a period of whole months (a month, a quarter), else as many days
     * before (a week, a period still running).
     */
    public ReportPeriod previous() {
        if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
            return new ReportPeriod(start.minusMonths(ChronoUnit.MONTHS.between(start, end)), start, zone);
        }
        return new ReportPeriod(start.minusDays(ChronoUnit.DAYS.between(start, end)), start, zone);
    }

    /**
     * The full period of the cadence just before this one, for the periods offered in the
     * reports page.
     */
    public ReportPeriod previous(ReportCadence cadence) {
        return new ReportPeriod(ScheduleCalendar.periodStart(cadence, start.minusDays(1)), start, zone);
    }
}
