package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch evaluation judges whole days from day rollups: it must count exactly what the
 * hour-based evaluateOver counts, for clients east and west of UTC and half an hour off
 * it, with one-off and weekly maintenance, campaigns, and intervals whose edges fall in
 * the middle of a day, running or finished.
 */
@PostgresIntegrationTest
class SlaDayTilingIT {

    private static final int DAYS = 20;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    MetricsService metrics;

    @Autowired
    ClientService clients;

    TestAgency agency;

    List<SlaDetails> all = new ArrayList<>();

    Instant today;

    @BeforeEach
    void clientsInThreeZonesWithMaintenanceAndCampaigns() {
        agency = fixtures.anAgency();
        today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        ClientDetails berlin = fixtures.aClient(agency);
        ClientDetails newYork = aClientIn("America/New_York");
        ClientDetails kolkata = aClientIn("Asia/Kolkata");
        IntegrationDetails crm = fixtures.anIntegration(agency, berlin);
        IntegrationDetails shop = fixtures.anIntegration(agency, berlin);
        IntegrationDetails erp = fixtures.anIntegration(agency, newYork);
        IntegrationDetails billing = fixtures.anIntegration(agency, kolkata);
        SplittableRandom random = new SplittableRandom(11);
        List<Observation> calls = new ArrayList<>();
        Instant from = today.minus(Duration.ofDays(DAYS));
        for (Instant at = from; at.plus(Duration.ofMinutes(10))
            .isBefore(Instant.now()); at = at.plus(Duration.ofMinutes(10))) {
            int hour = at.atZone(ZoneOffset.UTC).getHour();
            int day = (int) ChronoUnit.DAYS.between(from, at);
            // Failures bunch in the UTC hours that belong to the next or previous local
            // day, on some days only, so a worst day counted by UTC day instead of local
            // day would come out different.
            int failPerMille = day % 3 == 0 && (hour == 23 || hour < 5) ? 400 : 15;
            for (IntegrationDetails integration : List.of(crm, shop, erp, billing)) {
                calls.add(call(integration, at.plusSeconds(random.nextInt(600)), random.nextInt(1000) < failPerMille,
                        40 + random.nextInt(hour * 20 + 10)));
            }
        }
        agency.scope().run(() -> {
            metrics.record(calls);
            all.add(slas.create(SlaDraft.clientWide(berlin.id(), "Berlin contract", new Objectives(99.0, null, 12.0),
                    EvaluationWindow.CALENDAR_MONTH)));
            all.add(slas.create(new SlaDraft(berlin.id(), crm.id(), "Berlin CRM", new Objectives(95.0, 300, 30.0),
                    EvaluationWindow.ROLLING_30_DAYS)));
            all.add(slas.create(SlaDraft.clientWide(newYork.id(), "New York contract", new Objectives(98.0, null, 20.0),
                    EvaluationWindow.CALENDAR_MONTH)));
            all.add(slas.create(SlaDraft.clientWide(kolkata.id(), "Kolkata contract", new Objectives(97.0, 250, null),
                    EvaluationWindow.ROLLING_30_DAYS)));
            slas.addMaintenance(new MaintenanceDraft(berlin.id(), null, "Migration",
                    new MaintenanceSchedule.OneOff(at(6, 22, 35), at(5, 2, 10))));
            slas.addMaintenance(new MaintenanceDraft(berlin.id(), crm.id(), "CRM deploy",
                    new MaintenanceSchedule.OneOff(Instant.now().minus(Duration.ofMinutes(200)),
                            Instant.now().minus(Duration.ofMinutes(130)))));
            slas.addMaintenance(new MaintenanceDraft(newYork.id(), null, "Weekly patching",
                    new MaintenanceSchedule.Weekly(DayOfWeek.WEDNESDAY, LocalTime.of(22, 30), Duration.ofHours(3))));
            slas.addMaintenance(new MaintenanceDraft(kolkata.id(), null, "Data centre move",
                    new MaintenanceSchedule.OneOff(at(12, 6, 0), at(9, 18, 45))));
            slas.addCampaign(all.getFirst().id(),
                    new CampaignDraft("Launch", at(11, 13, 20), at(3, 7, 0), new Objectives(99.5, null, 8.0)));
            slas.addCampaign(all.get(3).id(),
                    new CampaignDraft("Season", at(16, 0, 0), at(8, 11, 5), new Objectives(99.0, 200, null)));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_running_interval_starting_mid_day_counts_as_the_hour_based_evaluation_counts() {
        judgesAsHourBasedEvaluation(new Interval(at(15, 13, 37), Instant.now().plus(Duration.ofDays(2))));
    }

    @Test
    void an_interval_ending_now_counts_as_the_hour_based_evaluation_counts() {
        judgesAsHourBasedEvaluation(new Interval(at(12, 4, 50), Instant.now()));
    }

    @Test
    void a_finished_interval_with_edges_mid_day_counts_as_the_hour_based_evaluation_counts() {
        judgesAsHourBasedEvaluation(new Interval(at(18, 9, 0), at(2, 17, 45)));
    }

    @Test
    void whole_utc_days_up_to_now_count_as_the_hour_based_evaluation_counts() {
        judgesAsHourBasedEvaluation(new Interval(at(DAYS, 0, 0), Instant.now()));
    }

    @Test
    void each_month_of_the_history_counts_as_the_hour_based_evaluation_of_that_month_counts_and_so_does_its_availability() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        for (SlaDetails sla : all) {
            ZoneId zone = clients.find(sla.client()).orElseThrow().timeZone();
            List<MonthlyCompliance> history = compliance.history(sla.id(), 3);

            assertThat(history).extracting(MonthlyCompliance::month)
                .containsExactly(YearMonth.now(zone), YearMonth.now(zone).minusMonths(1),
                        YearMonth.now(zone).minusMonths(2));
            for (MonthlyCompliance month : history) {
                SlaEvaluation byHours = compliance.evaluateOver(sla.id(), EvaluationWindow.month(month.month(), zone));
                assertThat(Judgement.of(month.evaluation())).as(sla.name() + " " + month.month())
                    .isEqualTo(Judgement.of(byHours));
            }
            assertThat(compliance.availabilityHistory(sla.id(), 3)).as(sla.name())
                .isEqualTo(history.stream().map(MonthlyCompliance::availability).toList());
            // The data (20 days back) reaches into the month before at most: the oldest
            // month has none.
            assertThat(history.getLast().evaluation().eligible()).isZero();
            assertThat(history.stream().mapToLong(m -> m.evaluation().eligible()).sum()).as(sla.name()).isPositive();
        }
    }

    @Test
    void several_intervals_judged_in_one_read_count_as_each_judged_alone() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        Interval running = new Interval(at(9, 0, 0), Instant.now().plus(Duration.ofDays(3)));
        Interval before = new Interval(at(18, 0, 0), at(9, 0, 0));
        Interval toYesterday = new Interval(at(9, 0, 0), at(1, 0, 0));

        Map<Interval, Map<SlaId, SlaEvaluation>> together = compliance
            .evaluateAllOver(List.of(running, before, toYesterday), EvaluationDetail.FIGURES);

        assertThat(together).containsOnlyKeys(running, before, toYesterday);
        for (Interval interval : List.of(running, before, toYesterday)) {
            Map<SlaId, SlaEvaluation> alone = compliance.evaluateAllOver(interval, EvaluationDetail.FIGURES);
            for (SlaDetails sla : all) {
                assertThat(Judgement.of(together.get(interval).get(sla.id()))).as(sla.name() + " " + interval)
                    .isEqualTo(Judgement.of(compliance.evaluateOver(sla.id(), interval)))
                    .isEqualTo(Judgement.of(alone.get(sla.id())));
            }
        }
    }

    private void judgesAsHourBasedEvaluation(Interval interval) {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        Map<SlaId, SlaEvaluation> batch = compliance.evaluateAllOver(interval);
        Map<SlaId, SlaEvaluation> summed = compliance.evaluateAllOver(interval, EvaluationDetail.FIGURES);

        assertThat(batch).containsOnlyKeys(all.stream().map(SlaDetails::id).toList());
        assertThat(summed).containsOnlyKeys(all.stream().map(SlaDetails::id).toList());
        for (SlaDetails sla : all) {
            SlaEvaluation byHours = compliance.evaluateOver(sla.id(), interval);
            assertThat(Judgement.of(batch.get(sla.id()))).as(sla.name()).isEqualTo(Judgement.of(byHours));
            assertThat(Judgement.of(summed.get(sla.id()))).as(sla.name() + ", whole days summed")
                .isEqualTo(Judgement.of(byHours));
            assertThat(byHours.eligible()).as(sla.name()).isPositive();
            assertThat(byHours.worstDay()).as(sla.name()).isPresent();
        }
        assertThat(all.stream().mapToLong(sla -> batch.get(sla.id()).excluded()).sum()).isPositive();
        assertThat(all.stream().flatMap(sla -> batch.get(sla.id()).campaigns().stream())).isNotEmpty();
    }

    private ClientDetails aClientIn(String zone) {
        return agency.scope()
            .call(() -> clients
                .create(new ClientDraft(Fixtures.unique("Client"), null, Industry.SAAS, ZoneId.of(zone), "#123456")));
    }

    /** {@code daysAgo} days before today (UTC), at that UTC time. */
    private Instant at(int daysAgo, int hour, int minute) {
        return today.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    private static Observation call(IntegrationDetails integration, Instant at, boolean failed, int latencyMs) {
        return new Observation(integration.id(), at, Source.API, "GET /x", failed ? 500 : 200, latencyMs,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

}
