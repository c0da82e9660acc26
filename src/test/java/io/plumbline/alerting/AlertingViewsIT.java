package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.alerting.ui.AlertRulesView;
import io.plumbline.alerting.ui.AlertsView;
import io.plumbline.integration.IntegrationService;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class AlertingViewsIT extends SpringBrowserlessTest {

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

    TestAgency agency;

    ClientDetails client;

    @BeforeEach
    void anAgencyWithAFiringAlert() {
        AlertingFixtures alerting = new AlertingFixtures(integrationService, rules, channels);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        alerting.anIntegration(agency, client, LocalDate.now(ZoneOffset.UTC).plusDays(2), null);
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.TICKET, Set.of());
        evaluator.evaluate(agency.id());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void analyst_acknowledges_a_firing_alert_from_the_list() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(AlertsView.class);

        @SuppressWarnings("unchecked")
        Grid<AlertDetails> grid = find(Grid.class).single();
        test((Button) test(grid).getCellComponent(0, "actions")).click();

        assertThat(alerts.list(null, null)).singleElement()
            .satisfies(a -> assertThat(a.state()).isEqualTo(AlertState.ACKNOWLEDGED));
    }

    @Test
    void executive_reads_alerts_without_an_acknowledge_button() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        navigate(AlertsView.class);

        @SuppressWarnings("unchecked")
        Grid<AlertDetails> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(grid.getColumnByKey("actions")).isNull();
    }

    @Test
    void the_rule_form_shows_the_refusal_on_the_field_and_saves_once_corrected() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(AlertRulesView.class);

        test(find(Button.class).withText("New rule").single()).click();
        find(TextField.class).withLabel("Name").single().setValue("Checkout burn");
        NumberField threshold = find(NumberField.class).withLabel("Burn rate (×)").single();
        threshold.setValue(-3.0);
        test(find(Button.class).withText("Create").single()).click();
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).contains("Burn rate (×)");

        threshold.setValue(14.4);
        test(find(Button.class).withText("Create").single()).click();

        assertThat(rules.list()).extracting(AlertRuleDetails::name).contains("Checkout burn");
    }

    @Test
    void client_users_are_refused_every_alerting_view() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        navigate("alerts", AccessDeniedView.class);
        navigate("alerts/rules", AccessDeniedView.class);
        navigate("alerts/channels", AccessDeniedView.class);
        navigate("alerts/outbox", AccessDeniedView.class);
    }

}
