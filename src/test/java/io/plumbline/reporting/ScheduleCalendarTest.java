package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.reporting.internal.ScheduleCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    @Test
    void monthly_reports_go_out_on_the_first_at_local_time_and_cover_the_month_before() {
        Instant run = ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, BERLIN,
                Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(run).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        assertThat(ScheduleCalendar.periodReportedAt(ReportCadence.MONTHLY, BERLIN, run))
            .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), BERLIN));
    }

    @Test
    void the_same_instant_is_a_different_day_in_different_time_zones() {
        Instant after = Instant.parse("2026-11-30T20:00:00Z");

        assertThat(ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, TOKYO, after))
            .isEqualTo(Instant.parse("2026-11-30T23:00:00Z")); // already 1 December,
                                                               // 05:00, in Tokyo
        assertThat(ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, NEW_YORK, after))
            .isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
    }

    @Test
    void across_the_dst_change_the_wall_clock_time_stays_and_the_instant_moves() {
        // Berlin leaves summer time on 25 October 2026: 1 October 08:00 is 06:00 UTC, 1
        // November 08:00 is 07:00 UTC
        Instant october = ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, BERLIN,
                Instant.parse("2026-09-15T00:00:00Z"));
        Instant november = ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, BERLIN, october);

        assertThat(october).isEqualTo(Instant.parse("2026-10-01T06:00:00Z"));
        assertThat(november).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        ReportPeriod reported = ScheduleCalendar.periodReportedAt(ReportCadence.MONTHLY, BERLIN, november);
        assertThat(reported.to().getEpochSecond() - reported.from().getEpochSecond()).isEqualTo((31 * 24 + 1) * 3600L);
    }

    @Test
    void a_weekly_period_spanning_the_spring_forward_change_is_one_hour_short() {
        // New York moves to summer time on Sunday 8 March 2026: Monday 08:00 is 13:00 UTC
        // before, 12:00 UTC after
        Instant before = ScheduleCalendar.nextRun(ReportCadence.WEEKLY, EIGHT, NEW_YORK,
                Instant.parse("2026-03-01T00:00:00Z"));
        Instant after = ScheduleCalendar.nextRun(ReportCadence.WEEKLY, EIGHT, NEW_YORK, before);

        assertThat(before).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2026-03-09T12:00:00Z"));
        ReportPeriod week = ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, NEW_YORK, after);
        assertThat(week.to().getEpochSecond() - week.from().getEpochSecond()).isEqualTo(167 * 3600L);
    }

    @Test
    void weekly_reports_cover_monday_to_sunday_of_the_week_before() {
        Instant run = ScheduleCalendar.nextRun(ReportCadence.WEEKLY, EIGHT, BERLIN,
                Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(run).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, BERLIN, run))
            .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), BERLIN));
    }

    @Test
    void quarterly_reports_go_out_on_the_first_day_of_a_quarter() {
        Instant run = ScheduleCalendar.nextRun(ReportCadence.QUARTERLY, EIGHT, NEW_YORK,
                Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(run).isEqualTo(Instant.parse("2027-01-01T13:00:00Z"));
        ReportPeriod period = ScheduleCalendar.periodReportedAt(ReportCadence.QUARTERLY, NEW_YORK, run);
        assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), NEW_YORK));
        assertThat(period.previous(ReportCadence.QUARTERLY))
            .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), NEW_YORK));
    }

    @Test
    void a_run_exactly_at_the_boundary_is_not_repeated() {
        Instant run = Instant.parse("2026-12-01T07:00:00Z");

        assertThat(ScheduleCalendar.nextRun(ReportCadence.MONTHLY, EIGHT, BERLIN, run))
            .isEqualTo(Instant.parse("2027-01-01T07:00:00Z"));
    }

}
