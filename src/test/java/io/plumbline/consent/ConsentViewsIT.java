package io.plumbline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.consent.ui.ConsentClientView;
import io.plumbline.consent.ui.ConsentOverviewView;
import io.plumbline.consent.ui.PortalConsentView;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.security.ui.NotFoundView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class ConsentViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consent;

    @Autowired
    TestClock clock;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    @BeforeEach
    void twoClientsOneBelowTarget() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        Instant now = clock.instant();
        agency.scope().run(() -> {
            consent.recordRecords(ConsentServiceIT.records(crm, now, 100, 10));
            consent.recordRecords(ConsentServiceIT.records(otherCrm, now, 100, 0));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void late_in_the_utc_evening_the_overview_counts_each_clients_own_today() {
        // 23:30 UTC is already tomorrow in Berlin (the fixtures' zone), and consent days
        // are the client's local days.
        Instant evening = LocalDate.now(ZoneOffset.UTC).atTime(23, 30).toInstant(ZoneOffset.UTC);
        clock.stopAt(evening);
        TestAgency late = fixtures.anAgency();
        ClientDetails berlin = fixtures.aClient(late);
        IntegrationDetails crm = fixtures.anIntegration(late, berlin);
        late.scope().run(() -> consent.recordRecords(ConsentServiceIT.records(crm, evening, 100, 10)));
        Fixtures.signInAs(fixtures.aUser(late, Role.EXECUTIVE));

        navigate(ConsentOverviewView.class);

        Grid<?> clients = find(Grid.class).single();
        assertThat(test(clients).getCellText(0, column(clients, "Coverage"))).isEqualTo("90.0 %");
        assertThat(consent.today(berlin.id())).isEqualTo(LocalDate.ofInstant(evening, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void executive_sees_every_client_worst_first_with_a_trend_but_no_editing() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(ConsentOverviewView.class);

        Grid<?> clients = find(Grid.class).single();
        var grid = test(clients);
        List<String> coverage = IntStream.range(0, grid.size())
            .mapToObj(row -> grid.getCellText(row, column(clients, "Coverage")))
            .toList();
        assertThat(coverage).containsExactly("90.0 %", "100.0 %");
        assertThat(find(Svg.class).all()).hasSize(1);
        assertThat(grid.getCellComponent(0, column(clients, "Trend"))).isInstanceOf(Svg.class);

        UI.getCurrent().navigate("consent/" + client.id());
        assertThat(getCurrentView()).isInstanceOf(ConsentClientView.class);
        assertThat(find(Button.class).withText("Save policy").all()).isEmpty();
        assertThat(find(Button.class).withText("Contract").all()).isEmpty();
    }

    @Test
    void analyst_changes_the_policy_with_the_refusal_on_the_field_first() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        UI.getCurrent().navigate("consent/" + client.id());

        NumberField target = find(NumberField.class).withLabel("Coverage target (%)").single();
        target.setValue(150.0);
        test(find(Button.class).withText("Save policy").single()).click();
        assertThat(target.isInvalid()).isTrue();

        find(NumberField.class).withLabel("Coverage target (%)").single().setValue(85.0);
        test(find(Button.class).withText("Save policy").single()).click();

        assertThat(agency.scope().call(() -> consent.policy(client.id())).targetPercent()).isEqualTo(85.0);
        assertThat(find(Span.class).withText("On target").all()).isNotEmpty();
    }

    @Test
    void analyst_edits_the_payload_contract_with_the_refusal_on_the_schema_then_goes_back_to_the_generated_one() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        UI.getCurrent().navigate("consent/" + client.id());

        vendorAction("Contract").click();
        TextArea schema = find(TextArea.class).withLabel("JSON Schema").single();
        String generated = schema.getValue();
        schema.setValue("{not json");
        test(find(Button.class).withText("Save contract").single()).click();
        assertThat(schema.isInvalid()).isTrue();
        assertThat(find(TextArea.class).withLabel("JSON Schema").all()).containsExactly(schema);

        schema.setValue(generated + "\n");
        test(find(Button.class).withText("Save contract").single()).click();
        assertThat(find(TextArea.class).withLabel("JSON Schema").all()).isEmpty();
        assertThat(agency.scope().call(() -> consent.contract(crm.id())).generated()).isFalse();

        vendorAction("Contract").click();
        test(find(Button.class).withText("Use the generated contract").single()).click();
        assertThat(find(TextArea.class).withLabel("JSON Schema").all()).isEmpty();
        assertThat(agency.scope().call(() -> consent.contract(crm.id())).generated()).isTrue();
    }

    /**
     * A button of the first integration's actions cell (cells are rendered, not in the
     * tree).
     */
    private Button vendorAction(String text) {
        Grid<?> vendors = find(Grid.class).all()
            .stream()
            .filter(grid -> grid.getColumnByKey("actions") != null)
            .findFirst()
            .orElseThrow();
        Component actions = test(vendors).getCellComponent(0,
                vendors.getColumns().indexOf(vendors.getColumnByKey("actions")));
        return actions.getChildren()
            .filter(Button.class::isInstance)
            .map(Button.class::cast)
            .filter(button -> button.getText().equals(text))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void another_agencys_client_id_answers_not_found() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        UI.getCurrent().navigate("consent/" + client.id());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("consent/not-a-uuid");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void client_users_are_refused_the_agency_pages() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        UI.getCurrent().navigate("consent");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("consent/" + client.id());
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void agency_staff_are_refused_the_portal_page() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));

        UI.getCurrent().navigate("portal/consent");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_portal_shows_the_client_only_its_own_coverage() {
        Fixtures.signInAs(fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER));

        navigate(PortalConsentView.class);

        assertThat(find(H2.class).single().getText()).contains(otherClient.displayName());
        Grid<?> integrations = find(Grid.class).withCondition(g -> g.getColumnByKey("Integration") != null).single();
        var grid = test(integrations);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, column(integrations, "Coverage"))).isEqualTo("100.0 %");
        assertThat(find(Button.class).withText("Save policy").all()).isEmpty();
    }

    private static int column(Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

}
