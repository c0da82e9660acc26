package io.plumbline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.dashboard.ui.ClientDashboardView;
import io.plumbline.dashboard.ui.DashboardView;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.MetricsService;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class DashboardViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    Clock clock;

    TestAgency agency;

    ClientDetails client;

    ClientDetails stranger;

    @BeforeEach
    void aClientWithTrafficAndAnotherAgencysClient() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        TestAgency otherAgency = fixtures.anAgency();
        stranger = fixtures.aClient(otherAgency);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        agency.scope().run(() -> {
            metrics.record(DashboardIT.calls(api, clock.instant().minus(Duration.ofHours(3)), 200, 2));
            slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(99.5),
                    EvaluationWindow.ROLLING_7_DAYS));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void agency_staff_land_on_the_dashboard_with_kpis_charts_tables_and_csv_exports() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate("", DashboardView.class);

        assertThat(find(H2.class).withText("Portfolio").all()).hasSize(1);
        assertThat(find(Svg.class).all()).hasSize(3);
        assertThat(find(Anchor.class).withText("Export CSV").all()).hasSize(2);
        @SuppressWarnings("unchecked")
        Grid<ClientRow> clients = find(Grid.class).id("clients");
        assertThat(clients.getListDataView().getItems().map(ClientRow::name).toList())
            .containsExactly(client.displayName());
    }

    @Test
    void a_client_name_drills_into_the_client_over_the_same_period() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        UI.getCurrent()
            .navigate("dashboard/client/" + client.id().value(),
                    com.vaadin.flow.router.QueryParameters.of("period", "LAST_90_DAYS"));

        assertThat(getCurrentView()).isInstanceOf(ClientDashboardView.class);
        assertThat(find(H2.class).id("drill-client-name").getText()).isEqualTo(client.displayName());
        @SuppressWarnings("unchecked")
        Grid<SlaResult> own = find(Grid.class).id("client-slas");
        List<SlaResult> results = own.getListDataView().getItems().toList();
        assertThat(results).extracting(r -> r.sla().name()).containsExactly("Contract");
        assertThat(results.getFirst().evaluation().eligible()).isEqualTo(200);
    }

    @Test
    void another_agencys_client_id_answers_not_found() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.OWNER));

        UI.getCurrent().navigate("dashboard/client/" + stranger.id().value());

        assertThat(getCurrentView()).isNotInstanceOf(ClientDashboardView.class);
    }

    @Test
    void client_users_are_refused_the_dashboard_and_land_in_their_portal() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        navigate("dashboard", AccessDeniedView.class);
        navigate("dashboard/client/" + client.id().value(), AccessDeniedView.class);
    }

}
