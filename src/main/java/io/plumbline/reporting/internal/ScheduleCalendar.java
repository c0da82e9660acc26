package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When scheduled reports go out and what they cover, in the schedule's own time zone.
 * Runs are at a local time of day; across a DST change the wall-clock time stays the same
 * and the instant moves. A local time that does not exist that day (inside a DST gap)
 * runs shifted by the gap's length, as {@link ZonedDateTime#of} resolves it.
 */
public final class ScheduleCalendar {

    private ScheduleCalendar() {
    }

    /** The first run strictly after {@code after}. */
    public static Instant nextRun(ReportCadence cadence, LocalTime at, ZoneId zone, Instant after) {
        LocalDate day = periodStart(cadence, after.atZone(zone).toLocalDate());
        while (true) {
            Instant run = ZonedDateTime.of(day, at, zone).toInstant();
            if (run.isAfter(after)) {
                return run;
            }
            day = nextPeriodStart(cadence, day);
        }
    }

    /**
     * The period reported by the run at {@code run}: the full period before the run's
     * local date.
     */
    public static ReportPeriod periodReportedAt(ReportCadence cadence, ZoneId zone, Instant run) {
        LocalDate end = periodStart(cadence, run.atZone(zone).toLocalDate());
        return new ReportPeriod(periodStart(cadence, end.minusDays(1)), end, zone);
    }

    /** The first day of the period that contains {@code day}. */
    public static LocalDate periodStart(ReportCadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    private static LocalDate nextPeriodStart(ReportCadence cadence, LocalDate start) {
        return switch (cadence) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }

}
