package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class SlaServiceIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    MetricsService metrics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    Instant base;

    SlaDetails contract;

    SlaDetails otherClientsSla;

    MaintenanceWindow halfHour;

    /**
     * Hour A: 100 calls, 2 failed. Hour B: one call a minute, the first 30 failed — and a
     * maintenance window covers exactly those 30 minutes.
     */
    @BeforeEach
    void aClientWithTrafficAndAMaintenanceWindow() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        fixtures.anIntegration(agency, otherClient);
        base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(call(base.plusSeconds(i * 30L), i < 2));
        }
        for (int minute = 0; minute < 60; minute++) {
            calls.add(call(base.plus(Duration.ofMinutes(60 + minute)).plusSeconds(10), minute < 30));
        }
        agency.scope().run(() -> {
            metrics.record(calls);
            contract = slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(98.0),
                    EvaluationWindow.ROLLING_7_DAYS));
            otherClientsSla = slas.create(SlaDraft.clientWide(otherClient.id(), "Other contract",
                    Objectives.availabilityOnly(99.0), EvaluationWindow.CALENDAR_MONTH));
            halfHour = slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Deploy",
                    new MaintenanceSchedule.OneOff(base.plus(Duration.ofHours(1)), base.plus(Duration.ofMinutes(90)))));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void status_matches_the_hand_computed_figures_with_maintenance_excluded_minute_by_minute() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        SlaEvaluation current = compliance.status(contract.id()).current();

        // Eligible: 100 + 30 (the 30 failed minutes are in maintenance) = 130; good 98 +
        // 30 = 128. Budget 2 % × 130 = 2.6, used 2; at the last day's 2 failures the 0.6
        // left runs out in 7.2 h.
        assertThat(current.eligible()).isEqualTo(130);
        assertThat(current.good()).isEqualTo(128);
        assertThat(current.excluded()).isEqualTo(30);
        assertThat(current.budget().total()).isCloseTo(2.6, within(1e-9));
        assertThat(current.budget().used()).isEqualTo(2);
        assertThat(current.forecast().kind()).isEqualTo(Forecast.Kind.RUNS_OUT);
        assertThat(current.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void without_the_maintenance_window_the_sla_is_missed() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        slas.removeMaintenance(halfHour.id());

        SlaEvaluation current = compliance.status(contract.id()).current();

        // 160 eligible, 128 good = 80 %: budget 3.2, used 32.
        assertThat(current.eligible()).isEqualTo(160);
        assertThat(current.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void history_lists_months_newest_first_and_a_month_without_data_has_no_data() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        List<MonthlyCompliance> history = compliance.history(contract.id(), 3);

        assertThat(history).hasSize(3);
        assertThat(history.get(0).month()).isEqualTo(YearMonth.from(base.atZone(client.timeZone())));
        assertThat(history.get(2).evaluation().verdict()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void an_arbitrary_interval_is_judged_with_the_same_math_and_one_not_yet_begun_is_refused() {
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        // Only hour B: 60 calls, its 30 failures all inside maintenance → 30 eligible,
        // all good.
        SlaEvaluation hourB = compliance.evaluateOver(contract.id(),
                new Interval(base.plus(Duration.ofHours(1)), base.plus(Duration.ofHours(2))));
        SlaEvaluation both = compliance.evaluateOver(contract.id(), new Interval(base, base.plus(Duration.ofHours(2))));

        assertThat(hourB.eligible()).isEqualTo(30);
        assertThat(hourB.good()).isEqualTo(30);
        assertThat(both.eligible()).isEqualTo(130);
        assertThat(both.good()).isEqualTo(128);
        assertThatThrownBy(() -> compliance.evaluateOver(contract.id(),
                new Interval(Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)))))
            .isInstanceOf(InvalidInputException.class);
        Fixtures.signInAs(foreignOwner);
        assertThatThrownBy(() -> compliance.evaluateOver(contract.id(), new Interval(base, base.plusSeconds(60))))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changes_are_audited() {
        List<String> actions = agency.scope()
            .call(() -> new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForList(
                    "SELECT action FROM audit_event WHERE agency_id = ? AND target IN ('Contract', 'Deploy')",
                    String.class, agency.id().value())));

        assertThat(actions).contains("SLA_CREATED", "MAINTENANCE_WINDOW_ADDED");
    }

    @Test
    void an_integration_of_another_client_is_refused_on_the_sla() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        IntegrationDetails foreign = fixtures.anIntegration(agency, otherClient);

        assertThatThrownBy(() -> slas.create(new SlaDraft(client.id(), foreign.id(), "Wrong",
                Objectives.availabilityOnly(99), EvaluationWindow.CALENDAR_MONTH)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("this client's integrations");
    }

    @Test
    void another_agency_cannot_list_find_evaluate_or_change_the_slas_or_windows() {
        TestAgency otherAgency = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(otherAgency));

        assertThat(slas.list()).isEmpty();
        assertThat(slas.find(contract.id())).isEmpty();
        assertThat(slas.maintenance(client.id())).isEmpty();
        assertThatThrownBy(() -> compliance.status(contract.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> compliance.history(contract.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.update(contract.id(), SlaDraft.of(contract)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.delete(contract.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.removeMaintenance(halfHour.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.addCampaign(contract.id(),
                new CampaignDraft("Sneaky", base, base.plusSeconds(60), Objectives.availabilityOnly(99))))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_client_user_sees_only_their_own_clients_slas_and_cannot_change_them() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        assertThat(slas.list()).extracting(SlaDetails::id).containsExactly(contract.id());
        assertThat(slas.find(otherClientsSla.id())).isEmpty();
        assertThat(slas.maintenance(otherClient.id())).isEmpty();
        assertThat(compliance.status(contract.id()).current().eligible()).isEqualTo(130);
        assertThatThrownBy(() -> compliance.status(otherClientsSla.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.delete(contract.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void executives_read_slas_but_cannot_change_them() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        assertThat(slas.list()).hasSize(2);
        assertThatThrownBy(() -> slas.create(SlaDraft.of(contract))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void row_level_security_hides_other_clients_slas_and_windows_from_unscoped_sql() {
        List<UUID> seen = CurrentTenant.callAs(new TenantScope(agency.id(), otherClient.id()),
                () -> new TransactionTemplate(transactionManager).execute(status -> jdbc
                    .queryForList("SELECT id FROM sla UNION ALL SELECT id FROM maintenance_window", UUID.class)));
        List<UUID> foreign = CurrentTenant.callAs(TenantScope.agency(fixtures.anAgency().id()),
                () -> new TransactionTemplate(transactionManager).execute(status -> jdbc
                    .queryForList("SELECT id FROM sla UNION ALL SELECT id FROM maintenance_window", UUID.class)));

        assertThat(seen).containsExactly(otherClientsSla.id().value());
        assertThat(foreign).isEmpty();
    }

    private Observation call(Instant at, boolean failed) {
        return new Observation(crm.id(), at, Source.API, "GET /contacts", failed ? 503 : 200, 120,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

}
