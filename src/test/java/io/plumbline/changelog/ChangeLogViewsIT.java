package io.plumbline.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.changelog.ui.ChangesView;
import io.plumbline.changelog.ui.PortalChangesView;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class ChangeLogViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ChangeLogService changes;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    @BeforeEach
    void aClientWithAPublishedEntryAndADraft() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        ClientDetails otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        changes.publish(changes
            .create(new ChangeEntryDraft(crm.id(), ChangeKind.DEPRECATION_NOTICE, "API v2 sunset", "Move to v3.", "v2",
                    "v3", LocalDate.now().plusDays(10)))
            .id());
        changes.create(new ChangeEntryDraft(crm.id(), ChangeKind.FIELD_ADDED, "Draft field", null, null, null,
                LocalDate.now()));
        changes.publish(
                changes
                    .create(new ChangeEntryDraft(otherCrm.id(), ChangeKind.FIELD_ADDED, "Other client's", null, null,
                            null, LocalDate.now()))
                    .id());
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void analyst_creates_a_draft_with_the_refusal_on_the_field_first_and_publishes_it() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(ChangesView.class);

        test(find(Button.class).withText("New entry").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<IntegrationDetails> integration = find(ComboBox.class).withLabel("Integration").single();
        integration.setValue(crm);
        @SuppressWarnings("unchecked")
        Select<ChangeKind> kind = find(Select.class).withLabel("Kind").single();
        kind.setValue(ChangeKind.AUTH_CHANGE);
        find(TextField.class).withLabel("Title").single().setValue("Keys need scopes");
        test(find(Button.class).withText("Create draft").single()).click();
        DatePicker effective = find(DatePicker.class).withLabel("Takes effect on").single();
        assertThat(effective.isInvalid()).isTrue();

        effective.setValue(LocalDate.now().plusDays(30));
        test(find(Button.class).withText("Create draft").single()).click();
        var grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(4);
        // Row 0 is the new draft: the latest effective date comes first.
        Button publish = grid.getCellComponent(0, "actions")
            .getChildren()
            .map(Button.class::cast)
            .filter(b -> b.getText().equals("Publish"))
            .findFirst()
            .orElseThrow();
        test(publish).click();

        assertThat(changes.list()).filteredOn(ChangeEntry::published)
            .extracting(ChangeEntry::title)
            .contains("Keys need scopes")
            .hasSize(3);
    }

    @Test
    void executive_reads_the_change_log_without_editing() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(ChangesView.class);

        assertThat(test(find(Grid.class).single()).size()).isEqualTo(3);
        assertThat(find(Button.class).withText("New entry").all()).isEmpty();
        assertThat(find(Button.class).withText("Publish").all()).isEmpty();
    }

    @Test
    void client_user_reads_only_their_published_entries_in_what_changed_and_is_refused_the_agency_view() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        navigate(PortalChangesView.class);

        List<String> titles = find(H3.class).all().stream().map(H3::getText).toList();
        assertThat(titles).containsExactly("API v2 sunset");
        navigate("changes", AccessDeniedView.class);
    }

}
