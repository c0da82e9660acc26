package io.plumbline.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.health.ui.HealthView;
import io.plumbline.health.ui.PortalHealthView;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
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
class HealthViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    IntegrationDetails otherClientsCrm;

    @BeforeEach
    void aClientWithTraffic() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        Instant start = Instant.now().minus(Duration.ofHours(6));
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean throttled = i % 20 == 0;
            calls.add(new Observation(crm.id(), start.plusSeconds(i * 60L), Source.API, "GET /contacts",
                    throttled ? 429 : 200, 150, throttled ? FailureClass.THROTTLED : null, false));
        }
        calls.add(new Observation(otherClientsCrm.id(), start, Source.API, "GET /contacts", 200, 150, null, false));
        agency.scope().run(() -> metrics.record(calls));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void analyst_sees_key_figures_and_charts_of_the_chosen_client() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        openHealthOf(client);

        assertThat(kpi("Availability, last 7 days")).isEqualTo("95.00 %");
        assertThat(kpi("Requests, last 7 days")).isEqualTo("200");
        assertThat(kpi("Throttled (429)")).isEqualTo("10");
        assertThat(find(Svg.class).all()).hasSize(5);
    }

    @Test
    void another_agencys_client_id_in_the_query_is_ignored() {
        TestAgency otherAgency = fixtures.anAgency();
        ClientDetails foreign = fixtures.aClient(otherAgency);
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        openHealthOf(foreign);

        @SuppressWarnings("unchecked")
        ComboBox<ClientDetails> clientBox = find(ComboBox.class).withLabel("Client").single();
        assertThat(clientBox.getValue().id()).isIn(client.id(), otherClient.id());
        assertThat(clientBox.getListDataView().getItems().map(ClientDetails::id)).doesNotContain(foreign.id());
    }

    @Test
    void client_user_sees_only_their_own_integrations_health_in_the_portal() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        navigate(PortalHealthView.class);

        assertThat(kpi("Requests, last 7 days")).isEqualTo("200");
        Grid<?> integrations = find(Grid.class).single();
        var tester = test(integrations);
        List<String> names = IntStream.range(0, tester.size()).mapToObj(row -> tester.getCellText(row, 0)).toList();
        assertThat(names).containsExactly(crm.name());
        assertThat(tester.getCellText(0, 2)).as("the integration's availability").isEqualTo("95.00 %");
    }

    private void openHealthOf(ClientDetails chosen) {
        com.vaadin.flow.component.UI.getCurrent()
            .navigate("health", com.vaadin.flow.router.QueryParameters.of("client", chosen.id().toString()));
        assertThat(getCurrentView()).isInstanceOf(HealthView.class);
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
