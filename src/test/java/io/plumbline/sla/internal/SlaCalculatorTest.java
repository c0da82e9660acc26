package io.plumbline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.sla.CampaignWindow;
import io.plumbline.sla.CampaignWindowId;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Forecast;
import io.plumbline.sla.Interval;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaId;
import io.plumbline.sla.Verdict;
import io.plumbline.sla.internal.SlaCalculator.Exclusion;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SLA math against cases computed by hand (the comments show the arithmetic). */
class SlaCalculatorTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final IntegrationId CRM = new IntegrationId(UUID.randomUUID());

    private static final IntegrationId MAIL = new IntegrationId(UUID.randomUUID());

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private static final Interval FOUR_HOURS = new Interval(T0, T0.plus(Duration.ofHours(4)));

    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void calls_inside_a_maintenance_window_count_in_neither_good_nor_bad() {
        // 4 hours of 100 calls; the second hour (40 failures, slow) lies inside
        // maintenance.
        List<MetricBucket> buckets = List.of(hour(CRM, 0, 100, 100, 100), hour(CRM, 1, 100, 60, 5_000),
                hour(CRM, 2, 100, 99, 100), hour(CRM, 3, 100, 100, 100));
        Exclusion maintenance = new Exclusion(new Interval(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2))),
                null);

        SlaEvaluation evaluation = evaluate(FOUR_HOURS, LATER, objectives(99.0), List.of(maintenance), List.of(),
                buckets);

        // 299 good of 300 eligible = 99.667 %; budget = 1 % × 300 = 3; used 1; left 2;
        // burn = (1/300)/1 % = 0.333.
        assertThat(evaluation.eligible()).isEqualTo(300);
        assertThat(evaluation.excluded()).isEqualTo(100);
        assertThat(evaluation.availability().getAsDouble()).isCloseTo(299.0 / 300, within(1e-12));
        assertThat(evaluation.budget().total()).isCloseTo(3, within(1e-9));
        assertThat(evaluation.budget().used()).isEqualTo(1);
        assertThat(evaluation.budget().left()).isCloseTo(2, within(1e-9));
        assertThat(evaluation.burnRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(evaluation.p95LatencyMs().getAsLong()).isBetween(99L, 101L);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void the_same_hours_without_maintenance_miss_the_objective() {
        List<MetricBucket> buckets = List.of(hour(CRM, 0, 100, 100, 100), hour(CRM, 1, 100, 60, 100),
                hour(CRM, 2, 100, 99, 100), hour(CRM, 3, 100, 100, 100));

        SlaEvaluation evaluation = evaluate(FOUR_HOURS, LATER, objectives(99.0), List.of(), List.of(), buckets);

        // 359 / 400 = 89.75 % < 99 %; budget 4, used 41.
        assertThat(evaluation.availability().getAsDouble()).isCloseTo(0.8975, within(1e-12));
        assertThat(evaluation.budget().left()).isCloseTo(-37, within(1e-9));
        assertThat(evaluation.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(evaluation.breaches()).containsExactly("availability 89.75 % is below 99 %");
    }

    @Test
    void maintenance_of_one_integration_excludes_only_that_integrations_calls() {
        List<MetricBucket> buckets = List.of(hour(CRM, 1, 100, 50, 100), hour(MAIL, 1, 100, 90, 100));
        Exclusion crmOnly = new Exclusion(FOUR_HOURS, CRM);

        SlaEvaluation evaluation = evaluate(FOUR_HOURS, LATER, objectives(99.0), List.of(crmOnly), List.of(), buckets);

        assertThat(evaluation.eligible()).isEqualTo(100);
        assertThat(evaluation.good()).isEqualTo(90);
    }

    @Test
    void an_hour_only_partly_in_maintenance_counts_unless_its_minutes_are_used() {
        Exclusion halfHour = new Exclusion(new Interval(T0.plus(Duration.ofMinutes(90)), T0.plus(Duration.ofHours(2))),
                null);
        List<MetricBucket> hours = List.of(hour(CRM, 1, 60, 30, 100));
        // The same hour minute by minute: failures only in the second half hour, inside
        // maintenance.
        List<MetricBucket> minutes = IntStream.range(60, 120).mapToObj(m -> minute(CRM, m, 1, m < 90 ? 1 : 0)).toList();

        SlaEvaluation byHour = evaluate(FOUR_HOURS, LATER, objectives(99.0), List.of(halfHour), List.of(), hours);
        Set<Instant> split = SlaCalculator.splitHours(List.of(halfHour.interval().start(), halfHour.interval().end()),
                Instant.EPOCH);
        SlaEvaluation byMinute = evaluate(FOUR_HOURS, LATER, objectives(99.0), List.of(halfHour), List.of(),
                SlaCalculator.combine(hours, split, minutes));

        assertThat(byHour.eligible()).isEqualTo(60);
        assertThat(split).containsExactly(T0.plus(Duration.ofHours(1)));
        assertThat(byMinute.eligible()).isEqualTo(30);
        assertThat(byMinute.good()).isEqualTo(30);
        assertThat(byMinute.excluded()).isEqualTo(30);
    }

    @Test
    void hours_older_than_the_minute_retention_are_not_split() {
        assertThat(SlaCalculator.splitHours(List.of(T0.plusSeconds(90 * 60)), T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void a_campaign_window_is_judged_on_its_own_with_its_stricter_objective() {
        List<MetricBucket> buckets = List.of(hour(CRM, 0, 1000, 1000, 100), hour(CRM, 1, 1000, 1000, 100),
                hour(CRM, 2, 1000, 997, 100), hour(CRM, 3, 1000, 1000, 100));
        CampaignWindow blackFriday = new CampaignWindow(new CampaignWindowId(UUID.randomUUID()),
                new SlaId(UUID.randomUUID()), "Black Friday",
                new Interval(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6))), objectives(99.9));

        SlaEvaluation evaluation = evaluate(FOUR_HOURS, LATER, objectives(99.5), List.of(), List.of(blackFriday),
                buckets);

        // Whole window: 3997 / 4000 = 99.925 % ≥ 99.5 %. Campaign part (02:00–04:00):
        // 1997 / 2000 = 99.85 % < 99.9 %,
        // budget 0.1 % × 2000 = 2, used 3.
        assertThat(evaluation.verdict()).isEqualTo(Verdict.MET);
        SlaEvaluation campaign = evaluation.campaigns().getFirst().evaluation();
        assertThat(campaign.window()).isEqualTo(new Interval(T0.plus(Duration.ofHours(2)), FOUR_HOURS.end()));
        assertThat(campaign.availability().getAsDouble()).isCloseTo(0.9985, within(1e-12));
        assertThat(campaign.budget().total()).isCloseTo(2, within(1e-9));
        assertThat(campaign.budget().used()).isEqualTo(3);
        assertThat(campaign.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void calendar_months_in_berlin_start_at_local_midnight_across_both_dst_changes() {
        Interval march = EvaluationWindow.month(YearMonth.of(2026, 3), BERLIN);
        Interval october = EvaluationWindow.month(YearMonth.of(2026, 10), BERLIN);

        assertThat(march)
            .isEqualTo(new Interval(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z")));
        assertThat(march.length()).isEqualTo(Duration.ofHours(31 * 24 - 1));
        assertThat(october)
            .isEqualTo(new Interval(Instant.parse("2026-09-30T22:00:00Z"), Instant.parse("2026-10-31T23:00:00Z")));
        assertThat(october.length()).isEqualTo(Duration.ofHours(31 * 24 + 1));
    }

    @Test
    void buckets_belong_to_the_local_month_they_start_in() {
        Interval march = EvaluationWindow.month(YearMonth.of(2026, 3), BERLIN);
        List<MetricBucket> buckets = List.of(bucketAt(Instant.parse("2026-02-28T22:00:00Z"), 10, 0), // 28
                                                                                                     // Feb
                                                                                                     // 23:00
                                                                                                     // local:
                                                                                                     // February
                bucketAt(Instant.parse("2026-02-28T23:00:00Z"), 10, 10), // 1 Mar 00:00
                                                                         // local: March
                bucketAt(Instant.parse("2026-03-31T21:00:00Z"), 10, 9), // 31 Mar 23:00
                                                                        // local: March
                bucketAt(Instant.parse("2026-03-31T22:00:00Z"), 10, 0)); // 1 Apr 00:00
                                                                         // local: April

        SlaEvaluation evaluation = SlaCalculator.evaluate(new SlaCalculator.Input(march, LATER, march.end(), BERLIN,
                new Objectives(99.0, null, 5.0), List.of(), List.of(), buckets));

        assertThat(evaluation.eligible()).isEqualTo(20);
        assertThat(evaluation.good()).isEqualTo(19);
        // The daily limit is per local day: 1 of 10 failed on 31 March.
        assertThat(evaluation.worstDay().orElseThrow().day()).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
        assertThat(evaluation.breaches()).contains("10.00 % of calls failed on 31 Mar 2026, above 5 %");
    }

    @Test
    void weekly_maintenance_keeps_its_local_time_and_length_across_the_spring_dst_change() {
        var sundayNights = new MaintenanceSchedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0), Duration.ofHours(2));

        List<Interval> occurrences = sundayNights.occurrences(EvaluationWindow.month(YearMonth.of(2026, 3), BERLIN),
                BERLIN);

        // 22 Mar 02:00 CET = 01:00Z; 29 Mar 02:00 does not exist (clocks jump to 03:00
        // CEST = 01:00Z).
        assertThat(occurrences).hasSize(5);
        assertThat(occurrences.get(3))
            .isEqualTo(new Interval(Instant.parse("2026-03-22T01:00:00Z"), Instant.parse("2026-03-22T03:00:00Z")));
        assertThat(occurrences.get(4))
            .isEqualTo(new Interval(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T03:00:00Z")));
    }

    @Test
    void an_empty_window_has_no_data_rather_than_a_hundred_percent() {
        SlaEvaluation evaluation = evaluate(FOUR_HOURS, LATER, objectives(99.9), List.of(), List.of(), List.of());

        assertThat(evaluation.availability()).isEmpty();
        assertThat(evaluation.burnRate()).isEmpty();
        assertThat(evaluation.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(evaluation.forecast().kind()).isEqualTo(Forecast.Kind.NO_DATA);
        assertThat(evaluation.budget().total()).isZero();
    }

    @Test
    void a_month_with_no_data_is_no_data_even_when_other_months_have_some() {
        Interval april = EvaluationWindow.month(YearMonth.of(2026, 4), UTC);
        List<MetricBucket> marchOnly = List.of(bucketAt(Instant.parse("2026-03-15T10:00:00Z"), 100, 100));

        SlaEvaluation evaluation = SlaCalculator.evaluate(new SlaCalculator.Input(april, LATER, april.end(), UTC,
                objectives(99.0), List.of(), List.of(), marchOnly));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(evaluation.eligible()).isZero();
    }

    @Test
    void the_forecast_spends_what_is_left_at_the_last_days_rate() {
        Interval march = EvaluationWindow.month(YearMonth.of(2026, 3), UTC);
        Instant now = Instant.parse("2026-03-11T00:00:00Z");
        List<MetricBucket> days = IntStream.range(0, 10)
            .mapToObj(d -> new MetricBucket(CRM, march.start().plus(Duration.ofDays(d)), Granularity.DAY, 1000,
                    d == 9 ? 990 : 1000, new LatencyHistogram()))
            .toList();

        SlaEvaluation evaluation = SlaCalculator.evaluate(
                new SlaCalculator.Input(march, now, march.end(), UTC, objectives(99.8), List.of(), List.of(), days));

        // 10 of 31 days: 10,000 events → 31,000 expected; budget 0.2 % = 62; used 10;
        // left 52. Last 24 h: 10 failures a day → 52 / 10 days = 5.2 days → 16 March
        // 04:48.
        assertThat(evaluation.budget().total()).isCloseTo(62, within(1e-6));
        assertThat(evaluation.burnRate().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(evaluation.forecast())
            .isEqualTo(new Forecast(Forecast.Kind.RUNS_OUT, Instant.parse("2026-03-16T04:48:00Z")));
        assertThat(evaluation.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void the_forecast_stays_the_same_within_an_hour_however_often_it_is_asked() {
        Interval march = EvaluationWindow.month(YearMonth.of(2026, 3), UTC);
        List<MetricBucket> hours = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 10 * 24 + 10)
            .mapToObj(h -> new MetricBucket(CRM, march.start().plus(Duration.ofHours(h)), Granularity.HOUR, 100,
                    h % 24 == 0 ? 99 : 100, new LatencyHistogram()))
            .toList());
        // The hour still running has failures of its own, which the forecast leaves to
        // the next hour.
        hours.add(new MetricBucket(CRM, Instant.parse("2026-03-11T10:00:00Z"), Granularity.HOUR, 40, 37,
                new LatencyHistogram()));

        Forecast early = SlaCalculator
            .evaluate(new SlaCalculator.Input(march, Instant.parse("2026-03-11T10:05:00Z"), march.end(), UTC,
                    objectives(99.98), List.of(), List.of(), hours))
            .forecast();
        Forecast late = SlaCalculator
            .evaluate(new SlaCalculator.Input(march, Instant.parse("2026-03-11T10:55:00Z"), march.end(), UTC,
                    objectives(99.98), List.of(), List.of(), hours))
            .forecast();

        assertThat(early.kind()).isEqualTo(Forecast.Kind.RUNS_OUT);
        assertThat(late).isEqualTo(early);
    }

    private static SlaEvaluation evaluate(Interval window, Instant now, Objectives objectives,
            List<Exclusion> maintenance, List<CampaignWindow> campaigns, List<MetricBucket> buckets) {
        return SlaCalculator.evaluate(
                new SlaCalculator.Input(window, now, window.end(), UTC, objectives, maintenance, campaigns, buckets));
    }

    private static Objectives objectives(double availability) {
        return Objectives.availabilityOnly(availability);
    }

    private static MetricBucket hour(IntegrationId integration, int hour, long total, long good, int latencyMs) {
        LatencyHistogram latency = new LatencyHistogram();
        latency.add(LatencyHistogram.bin(latencyMs), good);
        return new MetricBucket(integration, T0.plus(Duration.ofHours(hour)), Granularity.HOUR, total, good, latency);
    }

    private static MetricBucket minute(IntegrationId integration, int minute, long total, long good) {
        return new MetricBucket(integration, T0.plus(Duration.ofMinutes(minute)), Granularity.MINUTE, total, good,
                new LatencyHistogram());
    }

    private static MetricBucket bucketAt(Instant start, long total, long good) {
        return new MetricBucket(CRM, start, Granularity.HOUR, total, good, new LatencyHistogram());
    }

}
