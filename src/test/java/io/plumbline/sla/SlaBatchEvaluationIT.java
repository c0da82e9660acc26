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
            contract = slas.create(new SlaDraft(client.id(), null, "Contract", new Objectives(99.0, null, null),
                    EvaluationWindow.CALENDAR_MONTH));
            crmSla = slas.create(new SlaDraft(client.id(), crm.id(), "CRM", new Objectives(95.0, null, 20.0),
                    EvaluationWindow.ROLLING_7_DAYS));
            otherContract = slas.create(new SlaDraft(otherClient.id(), null, "Other", new Objectives(99.9, null, null),
                    EvaluationWindow.CALENDAR_MONTH));
            slas.addMaintenance(new MaintenanceDraft(client.id(), crm.id(), "Deploy", new MaintenanceSchedule.OneOff(
                    base.plus(Duration.ofMinutes(30)), base.plus(Duration.ofMinutes(75)))));
            slas.addCampaign(contract.id(), new CampaignDraft("Launch", base.plus(Duration.ofMinutes(90)),
                    base.plus(Duration.ofHours(30)), new Objectives(99.9, null, null)));
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

        assertThat(statuses).extracting(SlaStatus::sla).containsExactlyElementsOf(slas.list());
        for (SlaStatus batch : statuses) {
            SlaEvaluation single = compliance.status(batch.sla().id()).current();
            assertThat(batch.current().window()).as(batch.sla().name()).isEqualTo(single.window());
            assertThat(Judgement.of(batch.current())).as(batch.sla().name()).isEqualTo(Judgement.of(single));
        }
        assertThat(statuses).filteredOn(s -> s.sla().equals(crmSla))
            .singleElement()
            .satisfies(s -> assertThat(s.current().excluded()).isEqualTo(45));
    }

    @Test
    void a_client_user_gets_only_their_clients_slas_and_another_agency_none() {
        Fixtures.signInAs(fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER));
        assertThat(compliance.evaluateAllOver(interval)).containsOnlyKeys(otherContract.id());
        assertThat(compliance.statuses(EvaluationDetail.FIGURES)).extracting(SlaStatus::sla)
            .containsExactly(otherContract);

        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));
        assertThat(compliance.evaluateAllOver(interval)).isEmpty();
        assertThat(compliance.statuses(EvaluationDetail.FIGURES)).isEmpty();
    }

    private static Observation call(IntegrationDetails integration, Instant at, boolean failed) {
        return new Observation(integration.id(), at.plusSeconds(5), Source.API, "GET /x", failed ? 500 : 200, 100,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

}
