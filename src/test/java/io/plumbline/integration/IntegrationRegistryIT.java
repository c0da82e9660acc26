package io.plumbline.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.ui.IntegrationsView;
import io.plumbline.portal.PortalIntegrationsView;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class IntegrationRegistryIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntegrationService integrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    TestAgency otherAgency;

    ClientDetails client;

    ClientDetails secondClient;

    IntegrationDetails crm;

    IntegrationDetails secondClientsCrm;

    IntegrationDetails otherAgencysCrm;

    @BeforeEach
    void registry() {
        agency = fixtures.anAgency();
        otherAgency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        secondClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        secondClientsCrm = fixtures.anIntegration(agency, secondClient);
        otherAgencysCrm = fixtures.anIntegration(otherAgency, fixtures.aClient(otherAgency));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void agency_user_sees_only_their_agencys_integrations_and_not_another_agencys_key() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        assertThat(integrations.list()).extracting(IntegrationDetails::id)
            .containsExactlyInAnyOrder(crm.id(), secondClientsCrm.id());
        assertThat(integrations.findByKey(otherAgencysCrm.key())).isEmpty();
        assertThat(integrations.find(otherAgencysCrm.id())).isEmpty();
    }

    @Test
    void client_user_sees_only_their_own_clients_integrations() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        assertThat(integrations.list()).extracting(IntegrationDetails::id).containsExactly(crm.id());
        assertThat(integrations.find(secondClientsCrm.id())).isEmpty();
        assertThat(integrations.findByKey(secondClientsCrm.key())).isEmpty();
    }

    @Test
    void row_level_security_hides_other_agencies_integrations_from_unscoped_sql() {
        List<UUID> seen = CurrentTenant.callAs(new TenantScope(agency.id(), client.id()),
                () -> new TransactionTemplate(transactionManager)
                    .execute(status -> jdbc.queryForList("SELECT id FROM integration", UUID.class)));

        assertThat(seen).containsExactly(crm.id().value());
    }

    @Test
    void keys_are_unique_within_an_agency_but_not_across_agencies() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IntegrationDraft sameKey = IntegrationDraft.of(crm);

        assertThatThrownBy(() -> integrations.register(sameKey)).isInstanceOf(InvalidInputException.class)
            .hasMessage("The key '%s' is already used in your agency.".formatted(crm.key()));

        Fixtures.signInAs(fixtures.ownerOf(otherAgency));
        ClientDetails otherClient = fixtures.aClient(otherAgency);
        IntegrationDetails reused = integrations.register(new IntegrationDraft(otherClient.id(), crm.key(), "Same key",
                Category.CRM, "HubSpot", null, null, AuthType.OAUTH2, null, null, null, Criticality.LOW, null, null));
        assertThat(reused.key()).isEqualTo(crm.key());
    }

    @Test
    void executives_read_the_registry_but_cannot_change_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        assertThatThrownBy(() -> integrations.archive(crm.id())).hasMessageContaining("Executive role may not");
    }

    @Test
    void an_integration_cannot_be_registered_for_another_agencys_client() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        ClientDetails foreignClient = fixtures.aClient(otherAgency);

        assertThatThrownBy(() -> integrations.register(new IntegrationDraft(foreignClient.id(), "sneaky-key", "Sneaky",
                Category.CRM, "HubSpot", null, null, AuthType.OAUTH2, null, null, null, Criticality.LOW, null, null)))
            .hasMessage("Choose the client this integration serves.");
    }

    @Test
    void analyst_registers_an_integration_in_the_view_with_field_errors_first() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(IntegrationsView.class);

        test(find(Button.class).withText("Register integration").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<ClientDetails> clientBox = find(ComboBox.class).withLabel("Client").single();
        clientBox.setValue(client);
        TextField key = find(TextField.class).withLabel("Key").single();
        test(key).setValue("Not A Key!");
        test(find(TextField.class).withLabel("Name").single()).setValue("Klaviyo");
        test(find(TextField.class).withLabel("Provider").single()).setValue("Klaviyo");
        test(find(Button.class).withText("Register").single()).click();
        assertThat(key.getErrorMessage())
            .isEqualTo("Use 3 to 64 lower-case letters, digits and hyphens, e.g. acme-hubspot.");

        String goodKey = Fixtures.unique("klaviyo").toLowerCase();
        test(key).setValue(goodKey);
        test(find(Button.class).withText("Register").single()).click();

        assertThat(cellTexts(find(Grid.class).single())).contains(goodKey, crm.key())
            .doesNotContain(otherAgencysCrm.key());
    }

    @Test
    void portal_lists_only_the_signed_in_clients_integrations() {
        Fixtures.signInAs(fixtures.aClientUser(agency, secondClient, Role.CLIENT_ADMIN));

        navigate(PortalIntegrationsView.class);

        assertThat(cellTexts(find(Grid.class).single())).contains(secondClientsCrm.name()).doesNotContain(crm.name());
    }

    private List<String> cellTexts(Grid<?> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
            .boxed()
            .flatMap(row -> IntStream.range(0, grid.getColumns().size()).mapToObj(col -> tester.getCellText(row, col)))
            .toList();
    }

}
