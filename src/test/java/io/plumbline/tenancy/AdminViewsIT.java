package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditEntry;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import io.plumbline.audit.ui.AuditLogView;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.security.ui.NotFoundView;
import io.plumbline.tenancy.ui.ClientDetailView;
import io.plumbline.tenancy.ui.ClientsView;
import io.plumbline.tenancy.ui.UsersView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The agency admin views as a user drives them, without a browser. */
@PostgresIntegrationTest
class AdminViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestAgency agency;

    TestAgency otherAgency;

    ClientDetails client;

    ClientDetails otherAgencysClient;

    @BeforeEach
    void twoAgencies() {
        agency = fixtures.anAgency();
        otherAgency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherAgencysClient = fixtures.aClient(otherAgency);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void admin_creates_a_client_and_it_is_listed_and_audited() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(ClientsView.class);

        test(find(Button.class).withText("New client").single()).click();
        String name = Fixtures.unique("Initrode");
        test(find(TextField.class).withLabel("Name").single()).setValue(name);
        test(find(Button.class).withText("Create client").single()).click();

        assertThat(gridTexts(find(Grid.class).single())).contains(name)
            .contains(client.name())
            .doesNotContain(otherAgencysClient.name());
        assertThat(auditOfAgency()).anyMatch(e -> e.action() == AuditAction.CLIENT_CREATED && name.equals(e.target()));
    }

    @Test
    void duplicate_client_name_is_shown_on_the_name_field() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(ClientsView.class);

        test(find(Button.class).withText("New client").single()).click();
        TextField name = find(TextField.class).withLabel("Name").single();
        test(name).setValue(client.name());
        test(find(Button.class).withText("Create client").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A client named '%s' already exists.".formatted(client.name()));
    }

    @Test
    void executive_sees_clients_but_cannot_create_them() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        navigate(ClientsView.class);

        assertThat(find(Button.class).withText("New client").exists()).isFalse();
        assertThat(gridTexts(find(Grid.class).single())).contains(client.name());
    }

    @Test
    void executive_is_refused_the_admin_only_users_view() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate("users", AccessDeniedView.class);

        assertThat(find(UsersView.class).exists()).isFalse();
    }

    @Test
    void client_user_is_refused_an_agency_route() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN));

        navigate("clients", AccessDeniedView.class);
    }

    @Test
    void another_agencys_client_id_in_the_url_answers_not_found() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));

        navigate("clients/" + otherAgencysClient.id(), NotFoundView.class);
        navigate("clients/not-a-uuid", NotFoundView.class);
        ClientDetailView own = navigate("clients/" + client.id(), ClientDetailView.class);
        assertThat(own).isNotNull();
    }

    @Test
    void admin_creates_a_user_with_a_one_time_password_shown_once() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(UsersView.class);
        String email = Fixtures.unique("new.analyst") + "@user.test";

        test(find(Button.class).withText("New user").single()).click();
        test(find(EmailField.class).withLabel("E-mail").single()).setValue(email);
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).withLabel("Role").single();
        test(role).selectItem("Analyst");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> onboarding = find(RadioButtonGroup.class).single();
        test(onboarding).selectItem("One-time password (you pass it on; it must be changed at first sign-in)");
        test(find(Button.class).withText("Create user").single()).click();

        String secret = find(Div.class).withId("issued-secret").single().getText();
        SignInAccount account = users.findForSignIn(email).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.ANALYST);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(secret, account.passwordHash())).isTrue();
        assertThat(account.passwordHash()).doesNotContain(secret);
    }

    @Test
    void admin_cannot_create_a_client_user_without_a_client() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        navigate(UsersView.class);

        test(find(Button.class).withText("New user").single()).click();
        test(find(EmailField.class).withLabel("E-mail").single()).setValue(Fixtures.unique("viewer") + "@user.test");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).withLabel("Role").single();
        test(role).selectItem("Client viewer");
        test(find(Button.class).withText("Create user").single()).click();

        var clientField = find(com.vaadin.flow.component.combobox.ComboBox.class).withLabel("Client").single();
        assertThat(clientField.isInvalid()).isTrue();
        assertThat(clientField.getErrorMessage()).isEqualTo("Choose the client this user belongs to.");
    }

    @Test
    void audit_log_filters_by_action() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        Select<AuditAction> action = find(Select.class).withLabel("Action").single();
        test(action).selectItem("Client created");

        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(gridTexts(grid)).contains(client.name());
    }

    private List<String> gridTexts(Grid<?> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
            .mapToObj(row -> IntStream.range(0, grid.getColumns().size())
                .mapToObj(column -> tester.getCellText(row, column))
                .toList())
            .flatMap(List::stream)
            .toList();
    }

    private List<AuditEntry> auditOfAgency() {
        return agency.scope()
            .call(() -> auditService.search(AuditFilter.none(),
                    org.springframework.data.domain.PageRequest.of(0, 100)));
    }

    @Autowired
    AuditService auditService;

}
