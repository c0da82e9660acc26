package io.plumbline.ingestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.ingestion.internal.UnmappedHostStore;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.ui.IntegrationsView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's OpenTelemetry page and the hosts field of the integration form: mapping an
 * unmapped host in one step, field errors, and another agency seeing none of it.
 */
@PostgresIntegrationTest
class OpenTelemetryViewIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnmappedHostStore unmapped;

    @Autowired
    HostRouteService routes;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    @BeforeEach
    void anAgencyWithAnUnmappedHost() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        agency.scope()
            .run(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> unmapped
                .count(agency.id().value(), null, "api.hubapi.com", 7, Instant.now(), "crm-sync")));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_analyst_maps_a_seen_host_to_an_integration_in_one_step() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(OpenTelemetryView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> seen = find(Grid.class).all().getFirst();
        assertThat(cells(seen)).contains("api.hubapi.com", "Agency-wide keys", "7", "crm-sync");

        clickInRow(seen, 0, "Map to…");
        @SuppressWarnings("unchecked")
        ComboBox<IntegrationDetails> integration = find(ComboBox.class).withLabel("Integration").single();
        integration.setValue(crm);
        test(find(Button.class).withText("Map").single()).click();

        assertThat(test(find(Grid.class).all().getFirst()).size()).isZero();
        assertThat(cells(find(Grid.class).all().get(1))).contains("api.hubapi.com", crm.key());
        assertThat(agency.scope().call(() -> routes.routesOf(crm.id())))
            .containsExactly(new HostPattern("api.hubapi.com", ""));
    }

    @Test
    void the_integration_form_edits_its_hosts_and_names_the_line_it_refuses() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(IntegrationsView.class);
        clickInRow(find(Grid.class).single(), 0, "Edit");
        TextArea hosts = find(TextArea.class).withLabel("OpenTelemetry hosts").single();

        test(hosts).setValue("api.hubapi.com\nnot a host!");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(hosts.getErrorMessage()).startsWith("Line 2: ");

        test(hosts).setValue("api.hubapi.com/crm/v3\nhttps://api.hubspot.com/");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(agency.scope().call(() -> routes.routesOf(crm.id())))
            .containsExactly(new HostPattern("api.hubapi.com", "/crm/v3"), new HostPattern("api.hubspot.com", ""));
    }

    @Test
    void an_executive_sees_the_list_without_actions_and_another_agency_sees_none_of_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        navigate(OpenTelemetryView.class);
        assertThat(cells(find(Grid.class).all().getFirst())).contains("api.hubapi.com");
        assertThat(find(Grid.class).all().getFirst().getColumns()).hasSize(6);
        Fixtures.signOut();

        TestAgency other = fixtures.anAgency();
        Fixtures.signInAs(fixtures.aUser(other, Role.OWNER));
        navigate(OpenTelemetryView.class);

        assertThat(test(find(Grid.class).all().getFirst()).size()).isZero();
        assertThat(test(find(Grid.class).all().get(1)).size()).isZero();
    }

    /**
     * Clicks the row's button with this text in the last (actions) column, which the grid
     * renders per row.
     */
    private void clickInRow(Grid<?> grid, int row, String text) {
        com.vaadin.flow.component.Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        Button button = descendants(actions).filter(Button.class::isInstance)
            .map(Button.class::cast)
            .filter(b -> text.equals(b.getText()))
            .findFirst()
            .orElseThrow();
        button.click();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(OpenTelemetryViewIT::descendants));
    }

    private List<String> cells(Grid<?> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
            .boxed()
            .flatMap(row -> IntStream.range(0, grid.getColumns().size()).mapToObj(col -> {
                try {
                    return tester.getCellText(row, col);
                }
                catch (RuntimeException componentColumn) {
                    return "";
                }
            }))
            .toList();
    }

}
