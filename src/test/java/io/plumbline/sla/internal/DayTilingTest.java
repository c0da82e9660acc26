package io.plumbline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.metrics.TimeRange;
import io.plumbline.sla.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayTilingTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");

    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    private static final Instant HORIZON = Instant.parse("2026-11-20T00:00:00Z");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_window_ending_now_reads_the_hour_of_now_as_minutes_and_no_hours_of_the_day_before() {
        Instant now = Instant.parse("2026-12-05T10:45:00Z");

        DayTiling.Plan plan = DayTiling.plan(new Interval(DECEMBER, now), now, ZoneOffset.UTC, List.of(DECEMBER, now),
                HORIZON, false);

        assertThat(plan.split()).containsExactly(Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(plan.hourRanges()).containsExactly(
                new TimeRange(Instant.parse("2026-12-05T10:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")));
    }

    @Test
    void a_finished_month_from_midnight_to_midnight_is_read_from_day_buckets_alone() {
        Interval november = new Interval(NOVEMBER, DECEMBER);

        DayTiling.Plan plan = DayTiling.plan(november, DECEMBER.plus(Duration.ofDays(3)), BERLIN,
                List.of(november.start(), november.end()), HORIZON, false);

        assertThat(plan.days()).isEqualTo(new TimeRange(NOVEMBER, DECEMBER));
        assertThat(plan.hours()).isEmpty();
        assertThat(plan.stretches()).hasSize(30)
            .allSatisfy(
                    (day, stretch) -> assertThat(stretch).isEqualTo(new TimeRange(day, day.plus(Duration.ofDays(1)))));
    }

    @Test
    void a_daily_objective_in_berlin_reads_the_hour_of_each_day_that_is_already_the_next_local_day() {
        Interval november = new Interval(NOVEMBER, DECEMBER);

        DayTiling.Plan plan = DayTiling.plan(november, DECEMBER.plus(Duration.ofDays(3)), BERLIN,
                List.of(november.start(), november.end()), HORIZON, true);

        assertThat(plan.hours()).hasSize(30)
            .allSatisfy(hour -> assertThat(hour.atZone(ZoneOffset.UTC).getHour()).isEqualTo(23));
        assertThat(plan.hourRanges()).hasSize(30);
    }

    @Test
    void a_running_window_reads_hours_only_around_now_and_the_start_of_the_last_24_hours() {
        Instant now = Instant.parse("2026-12-05T10:45:00Z");
        Instant end = Instant.parse("2026-12-06T00:00:00Z");

        DayTiling.Plan plan = DayTiling.plan(new Interval(DECEMBER, end), now, ZoneOffset.UTC, List.of(DECEMBER, end),
                HORIZON, false);

        assertThat(plan.split()).isEmpty();
        assertThat(plan.stretches()).hasSize(5);
        assertThat(plan.stretches().get(Instant.parse("2026-12-04T00:00:00Z")))
            .isEqualTo(new TimeRange(Instant.parse("2026-12-04T11:00:00Z"), Instant.parse("2026-12-05T00:00:00Z")));
        assertThat(plan.stretches().get(Instant.parse("2026-12-05T00:00:00Z")))
            .isEqualTo(new TimeRange(Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-05T10:00:00Z")));
        assertThat(plan.hourRanges()).containsExactly(
                new TimeRange(Instant.parse("2026-12-04T00:00:00Z"), Instant.parse("2026-12-04T11:00:00Z")),
                new TimeRange(Instant.parse("2026-12-05T10:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")));
    }

    @Test
    void whole_days_between_cuts_form_runs_and_the_cut_days_are_read_on_their_own() {
        // A window ending now is finished (no last-24-hours cut): its edges and the
        // maintenance's cut days; a campaign
        // starting at midnight cuts no day but ends a run.
        Instant now = Instant.parse("2026-12-05T10:45:00Z");
        Instant maintenanceStart = Instant.parse("2026-11-10T06:30:00Z");
        Instant maintenanceEnd = Instant.parse("2026-11-12T18:00:00Z");
        Instant campaignStart = Instant.parse("2026-11-20T00:00:00Z");
        Interval window = new Interval(Instant.parse("2026-11-03T15:00:00Z"), now);

        DayTiling.Plan plan = DayTiling.plan(window, now, ZoneOffset.UTC,
                List.of(window.start(), window.end(), maintenanceStart, maintenanceEnd, campaignStart), HORIZON, false);

        assertThat(plan.wholeDayRuns()).containsExactly(
                new TimeRange(Instant.parse("2026-11-04T00:00:00Z"), Instant.parse("2026-11-10T00:00:00Z")),
                new TimeRange(Instant.parse("2026-11-11T00:00:00Z"), Instant.parse("2026-11-12T00:00:00Z")),
                new TimeRange(Instant.parse("2026-11-13T00:00:00Z"), campaignStart),
                new TimeRange(campaignStart, Instant.parse("2026-12-05T00:00:00Z")));
        assertThat(plan.cutDayRanges()).containsExactly(
                new TimeRange(Instant.parse("2026-11-03T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z")),
                new TimeRange(Instant.parse("2026-11-10T00:00:00Z"), Instant.parse("2026-11-11T00:00:00Z")),
                new TimeRange(Instant.parse("2026-11-12T00:00:00Z"), Instant.parse("2026-11-13T00:00:00Z")),
                new TimeRange(Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")));
    }

}
