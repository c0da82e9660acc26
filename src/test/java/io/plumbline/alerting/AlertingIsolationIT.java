package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class AlertingIsolationIT {

    static final List<String> TABLES = List.of("alert_channel", "alert_rule", "alert_rule_channel", "alert",
            "alert_notification", "alert_notification_alert");

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntegrationService integrationService;

    @Autowired
    AlertRuleService rules;

    @Autowired
    AlertChannelService channels;

    @Autowired
    AlertService alerts;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    TestAgency otherAgency;

    ClientDetails client;

    ChannelDetails channel;

    AlertRuleDetails rule;

    AlertDetails alert;

    NotificationDetails notice;

    @BeforeEach
    void anAgencyWithAFiringAlert() {
        AlertingFixtures alerting = new AlertingFixtures(integrationService, rules, channels);
        agency = fixtures.anAgency();
        otherAgency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        channel = alerting.anEmailChannel(agency, "ops@agency.test");
        alerting.anIntegration(agency, client, LocalDate.now(ZoneOffset.UTC).plusDays(1), null);
        rule = alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.PAGE,
                Set.of(channel.id()));
        evaluator.evaluate(agency.id());
        alert = agency.scope().call(() -> alerts.list(null, null)).getFirst();
        notice = agency.scope().call(alerts::notifications).getFirst();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void another_agency_cannot_list_see_or_acknowledge_anything_by_guessing_ids() {
        Fixtures.signInAs(fixtures.ownerOf(otherAgency));

        assertThat(alerts.list(null, null)).isEmpty();
        assertThat(rules.list()).isEmpty();
        assertThat(channels.list()).isEmpty();
        assertThat(alerts.notifications()).isEmpty();
        assertThat(alerts.find(alert.id())).isEmpty();
        assertThat(rules.find(rule.id())).isEmpty();
        assertThat(channels.find(channel.id())).isEmpty();
        assertThat(alerts.notification(notice.id())).isEmpty();
        assertThat(alerts.attempts(notice.id())).isEmpty();
        assertThat(alerts.notificationsOf(alert.id())).isEmpty();
        assertThatThrownBy(() -> alerts.acknowledge(alert.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rules.delete(rule.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> channels.sendTest(channel.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rules.create(new AlertRuleDraft("Borrowed channel", AlertRuleKind.CREDENTIAL_EXPIRY,
                AlertSeverity.PAGE, null, null, 7.0, null, null, false, true, Set.of(channel.id()))))
            .hasMessageContaining("channels of this agency");
    }

    @Test
    void client_users_are_refused_everything_and_executives_only_read() {
        var clientUsers = List.of(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN),
                fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));
        var executive = fixtures.aUser(agency, Role.EXECUTIVE);
        for (var clientUser : clientUsers) {
            Fixtures.signInAs(clientUser);
            assertThatThrownBy(() -> alerts.list(null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::list).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(channels::list).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> alerts.acknowledge(alert.id())).isInstanceOf(AccessDeniedException.class);
        }
        Fixtures.signInAs(executive);
        assertThat(alerts.list(null, null)).hasSize(1);
        assertThatThrownBy(() -> alerts.acknowledge(alert.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.delete(rule.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void row_level_security_hides_alerting_rows_from_other_agencies_and_from_client_scopes() {
        assertThat(countAs(TenantScope.agency(agency.id()), "alert")).isEqualTo(1);
        for (String table : TABLES) {
            assertThat(countAs(TenantScope.agency(otherAgency.id()), table)).as(table).isZero();
            assertThat(countAs(new TenantScope(agency.id(), client.id()), table)).as(table).isZero();
        }
    }

    private long countAs(TenantScope scope, String table) {
        return CurrentTenant.callAs(scope,
                () -> new TransactionTemplate(transactionManager)
                    .execute(status -> jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE agency_id = ?",
                            Long.class, agency.id().value())));
    }

}
