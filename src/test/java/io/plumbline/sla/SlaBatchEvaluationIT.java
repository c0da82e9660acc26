package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch evaluation judges each SLA exactly as the one-by-one evaluation judges it,
 * and only the visible SLAs.
 */
@PostgresIntegrationTest
class SlaBatchEvaluationIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    MetricsService metrics;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    SlaDetails contract;

    SlaDetails crmSla;

    SlaDetails otherContract;

    Interval interval;

    @BeforeEach
    void twoClientsWithMaintenanceACampaignAndAnIntegrationSla() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        IntegrationDetails shop = fixtures.anIntegration(agency, client);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(4));
        interval = new Interval(base.minus(Duration.ofDays(1)), Instant.now());
        List<Observation> calls = new ArrayList<>();
        for (int minute = 0; minute < 180; minute++) {
            calls.add(call(crm, base.plus(Duration.ofMinutes(minute)), minute % 7 == 0));
            calls.add(call(shop, base.plus(Duration.ofMinutes(minute)), minute % 11 == 0));
            calls.add(call(otherCrm, base.plus(Duration.ofMinutes(minute)), minute % 3 == 0));
        }
        agency.scope().run(() -> {
            metrics.record(calls);
            contract = slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(99.0),
                    EvaluationWindow.CALENDAR_MONTH));
            crmSla = slas.create(new SlaDraft(client.id(), crm.id(), "CRM", new Objectives(95.0, null, 20.0),
                    EvaluationWindow.ROLLING_7_DAYS));
            otherContract = slas.create(SlaDraft.clientWide(otherClient.id(), "Other",
                    Objectives.availabilityOnly(99.9), EvaluationWindow.CALENDAR_MONTH));
            slas.addMaintenance(new MaintenanceDraft(client.id(), crm.id(), "Deploy", new MaintenanceSchedule.OneOff(
                    base.plus(Duration.ofMinutes(30)), base.plus(Duration.ofMinutes(75)))));
            slas.addCampaign(contract.id(), new CampaignDraft("Launch", base.plus(Duration.ofMinutes(90)),
                    base.plus(Duration.ofHours(30)), Objectives.availabilityOnly(99.9)));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void each_sla_is_judged_as_evaluate_over_judges_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        Map<SlaId, SlaEvaluation> batch = compliance.evaluateAllOver(interval);

        assertThat(batch).containsOnlyKeys(contract.id(), crmSla.id(), otherContract.id());
        for (SlaDetails sla : List.of(contract, crmSla, otherContract)) {
            assertThat(Judgement.of(batch.get(sla.id())))
                .isEqualTo(Judgement.of(compliance.evaluateOver(sla.id(), interval)));
        }
        assertThat(batch.get(crmSla.id()).excluded()).isEqualTo(45);
        assertThat(batch.get(contract.id()).campaigns()).hasSize(1);
    }

    @Test
    void each_sla_over_its_own_current_window_is_judged_as_status_judges_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        List<SlaStatus> statuses = compliance.statuses(EvaluationDetail.FIGURES);

        assertThat(statuses).extracting(s -> s.sla().id())
            .containsExactlyElementsOf(slas.list().stream().map(SlaDetails::id).toList());
        for (SlaStatus batch : statuses) {
            SlaEvaluation single = compliance.status(batch.sla().id()).current();
            // A rolling window ends now, so two calls a few milliseconds apart differ in
            // it.
            assertThat(batch.current().window().start()).as(batch.sla().name())
                .isCloseTo(single.window().start(), within(1, ChronoUnit.MINUTES));
            assertThat(batch.current().window().end()).as(batch.sla().name())
                .isCloseTo(single.window().end(), within(1, ChronoUnit.MINUTES));
            assertThat(Judgement.of(batch.current())).as(batch.sla().name()).isEqualTo(Judgement.of(single));
        }
        assertThat(statuses).filteredOn(s -> s.sla().id().equals(crmSla.id()))
            .singleElement()
            .satisfies(s -> assertThat(s.current().excluded()).isEqualTo(45));
    }

    @Test
    void a_client_user_gets_only_their_clients_slas_and_another_agency_none() {
        Fixtures.signInAs(fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER));
        assertThat(compliance.evaluateAllOver(interval)).containsOnlyKeys(otherContract.id());
        assertThat(compliance.statuses(EvaluationDetail.FIGURES)).extracting(s -> s.sla().id())
            .containsExactly(otherContract.id());

        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));
        assertThat(compliance.evaluateAllOver(interval)).isEmpty();
        assertThat(compliance.statuses(EvaluationDetail.FIGURES)).isEmpty();
    }

    private static Observation call(IntegrationDetails integration, Instant at, boolean failed) {
        return new Observation(integration.id(), at.plusSeconds(5), Source.API, "GET /x", failed ? 500 : 200, 100,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

}
