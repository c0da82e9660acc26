package io.plumbline.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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

    /** The period of the same length just before, for "change against the previous period". */
    public ReportPeriod previous(ReportCadence cadence) {
        return new ReportPeriod(io.plumbline.reporting.internal.ScheduleCalendar.periodStart(cadence, start.minusDays(1)), start, zone);
    }
}
