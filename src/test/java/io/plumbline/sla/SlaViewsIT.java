package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.sla.ui.PortalSlaView;
import io.plumbline.sla.ui.SlaDetailView;
import io.plumbline.sla.ui.SlasView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class SlaViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    SlaDetails contract;

    SlaDetails otherContract;

    @BeforeEach
    void aClientWithAnSlaThatIsMissed() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        Instant start = Instant.now().minus(Duration.ofHours(5));
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean failed = i % 10 == 0;
            calls.add(new Observation(crm.id(), start.plusSeconds(i * 60L), Source.API, "GET /contacts",
                    failed ? 500 : 200, 150, failed ? FailureClass.SERVER_ERROR : null, false));
        }
        agency.scope().run(() -> {
            metrics.record(calls);
            contract = slas.create(SlaDraft.clientWide(client.id(), "Contract of the client",
                    Objectives.availabilityOnly(99.5), EvaluationWindow.ROLLING_7_DAYS));
            otherContract = slas.create(SlaDraft.clientWide(otherClient.id(), "Contract of another client",
                    Objectives.availabilityOnly(99.5), EvaluationWindow.CALENDAR_MONTH));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void executive_sees_every_sla_with_its_status_but_no_editing() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(SlasView.class);

        var grid = test(find(Grid.class).single());
        List<String> statuses = IntStream.range(0, grid.size())
            .mapToObj(row -> ((Span) grid.getCellComponent(row, "Status")).getText())
            .toList();
        assertThat(statuses).containsExactlyInAnyOrder("Missed", "No data");
        assertThat(find(Button.class).withText("New SLA").all()).isEmpty();
    }

    @Test
    void analyst_creates_an_sla_in_the_editor_with_the_refusal_on_the_field_first() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(SlasView.class);

        test(find(Button.class).withText("New SLA").single()).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<ClientDetails> clientBox = find(
                com.vaadin.flow.component.combobox.ComboBox.class)
            .withLabel("Client")
            .single();
        clientBox.setValue(client);
        find(TextField.class).withLabel("Name").single().setValue("E-mail delivery");
        test(find(Button.class).withText("Create").single()).click();
        NumberField availability = find(NumberField.class).withLabel("Availability objective (%)").single();
        assertThat(availability.isInvalid()).isTrue();

        availability.setValue(99.9);
        test(find(Button.class).withText("Create").single()).click();

        assertThat(slas.list()).extracting(SlaDetails::name).contains("E-mail delivery");
    }

    @Test
    void the_detail_shows_compliance_budget_charts_and_history() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));

        UI.getCurrent().navigate("sla/" + contract.id());

        assertThat(getCurrentView()).isInstanceOf(SlaDetailView.class);
        assertThat(kpi("Availability, current window")).isEqualTo("90.00 %");
        assertThat(kpi("Budget used")).isEqualTo("20");
        assertThat(find(Svg.class).all()).hasSize(2);
        assertThat(find(H3.class).withText("Month by month").all()).hasSize(1);
        assertThat(find(Button.class).withText("Add maintenance window").all()).hasSize(1);
    }

    @Test
    void an_announced_maintenance_window_appears_on_the_clients_maintenance_page_only() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.TestUser otherViewer = fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Database upgrade",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(1)))));
        MaintenanceWindow window = slas.maintenance(client.id()).getFirst();
        slas.announceMaintenance(window.id(), 3);

        Fixtures.signInAs(viewer);
        navigate(io.plumbline.sla.ui.PortalMaintenanceView.class);
        assertThat(find(com.vaadin.flow.component.html.H4.class).all()).extracting(h -> h.getText())
            .containsExactly("Database upgrade");

        Fixtures.signInAs(otherViewer);
        navigate(io.plumbline.sla.ui.PortalMaintenanceView.class);
        assertThat(find(com.vaadin.flow.component.html.H4.class).all()).isEmpty();
    }

    @Test
    void another_agencys_sla_id_answers_not_found() {
        TestAgency otherAgency = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(otherAgency));

        UI.getCurrent().navigate("sla/" + contract.id());

        assertThat(getCurrentView()).isNotInstanceOf(SlaDetailView.class);
    }

    @Test
    void client_user_sees_only_their_own_service_levels_in_the_portal() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        navigate(PortalSlaView.class);

        List<String> titles = find(H3.class).all().stream().map(h -> h.getText()).toList();
        assertThat(titles).contains("Contract of the client").doesNotContain("Contract of another client");
        assertThat(kpi("Availability, current window")).isEqualTo("90.00 %");
    }

    private String kpi(String label) {
        Span labelSpan = find(Span.class).withText(label).withClassName("pl-kpi-label").single();
        return labelSpan.getParent()
            .orElseThrow()
            .getChildren()
            .filter(c -> c.hasClassName("pl-kpi-value"))
            .findFirst()
            .map(c -> c.getElement().getText())
            .orElseThrow();
    }

}
