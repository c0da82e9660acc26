package io.plumbline.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.incident.ui.IncidentDetailView;
import io.plumbline.incident.ui.IncidentsView;
import io.plumbline.security.ui.NotFoundView;
import io.plumbline.incident.ui.PortalIncidentsView;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class IncidentViewsIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IncidentService incidents;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IncidentDetails published;

    IncidentDetails unpublished;

    @BeforeEach
    void aClientWithAPublishedAndAnUnpublishedIncident() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        fixtures.anIntegration(agency, client);
        Fixtures.TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(analyst);
        Instant detected = Instant.now().minus(Duration.ofHours(4));
        published = incidents
            .open(new IncidentDraft(client.id(), "Token expired", IncidentSeverity.CRITICAL, Set.of(), detected, null));
        incidents.setCause(published.id(), RootCause.AUTHENTICATION);
        incidents.record(published.id(),
                new TimelineDraft(TimelineKind.RESOLVED, detected.plus(Duration.ofHours(2)), null));
        incidents.addNote(published.id(), "INTERNAL nobody renewed it");
        incidents.saveSummary(published.id(), "Your CRM sync paused for two hours.");
        incidents.publishSummary(published.id());
        unpublished = incidents
            .open(new IncidentDraft(client.id(), "Still investigating", IncidentSeverity.MINOR, Set.of(), null, null));
        incidents.saveSummary(unpublished.id(), "DRAFT text");
        incidents.open(new IncidentDraft(otherClient.id(), "Other client's incident", IncidentSeverity.MINOR, Set.of(),
                null, null));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void executive_sees_incidents_and_key_figures_but_no_editing() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        navigate(IncidentsView.class);

        assertThat(test(find(Grid.class).single()).size()).isEqualTo(3);
        assertThat(kpi("Incidents")).isEqualTo("3");
        assertThat(kpi("Median time to resolve")).isEqualTo("2 h");
        assertThat(find(Button.class).withText("New incident").all()).isEmpty();
        UI.getCurrent().navigate("incidents/" + published.id());
        assertThat(find(Button.class).withText("Add timeline entry").all()).isEmpty();
        assertThat(find(Button.class).withText("Publish changes").all()).isEmpty();
    }

    @Test
    void analyst_opens_an_incident_in_the_form_with_the_refusal_on_the_field_first() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        navigate(IncidentsView.class);

        test(find(Button.class).withText("New incident").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<ClientDetails> clientBox = find(ComboBox.class).withLabel("Client").single();
        clientBox.setValue(client);
        test(find(Button.class).withText("Open incident").single()).click();
        TextField title = find(TextField.class).withLabel("Title").single();
        assertThat(title.isInvalid()).isTrue();

        title.setValue("Webhook deliveries delayed");
        test(find(Button.class).withText("Open incident").single()).click();

        assertThat(getCurrentView()).isInstanceOf(IncidentDetailView.class);
        assertThat(incidents.list(IncidentFilter.all())).extracting(IncidentDetails::title)
            .contains("Webhook deliveries delayed");
    }

    @Test
    void resolving_without_a_cause_shows_the_refusal_on_the_cause_and_then_resolves_with_one() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        UI.getCurrent().navigate("incidents/" + unpublished.id());

        test(find(Button.class).withText("Add timeline entry").single()).click();
        @SuppressWarnings("unchecked")
        Select<TimelineKind> kind = find(Select.class).withLabel("Entry").single();
        kind.setValue(TimelineKind.RESOLVED);
        test(find(Button.class).withText("Add").single()).click();
        @SuppressWarnings("unchecked")
        Select<RootCause> cause = find(Select.class).withLabel("Root cause").single();
        assertThat(cause.isInvalid()).isTrue();

        cause.setValue(RootCause.ERROR_HANDLING);
        test(find(Button.class).withText("Save cause").single()).click();
        test(find(Button.class).withText("Add timeline entry").single()).click();
        @SuppressWarnings("unchecked")
        Select<TimelineKind> again = find(Select.class).withLabel("Entry").single();
        again.setValue(TimelineKind.RESOLVED);
        test(find(Button.class).withText("Add").single()).click();

        assertThat(incidents.find(unpublished.id()).orElseThrow().state()).isEqualTo(IncidentState.RESOLVED);
        var timeline = test(find(Grid.class).withId("timeline").single());
        assertThat(timeline.size()).isEqualTo(2);
    }

    @Test
    void the_detail_shows_notes_the_summary_and_publishes_it_for_the_client() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        UI.getCurrent().navigate("incidents/" + unpublished.id());

        find(TextArea.class).withId("client-summary").single().setValue("We are on it.");
        test(find(Button.class).withText("Publish to portal").single()).click();

        assertThat(incidents.find(unpublished.id()).orElseThrow().publishedSummary()).isEqualTo("We are on it.");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Published"));
    }

    @Test
    void an_update_posted_with_the_dialog_reaches_the_portal_timeline_newest_first() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        UI.getCurrent().navigate("incidents/" + unpublished.id());
        test(find(Button.class).withText("Post update").single()).click();
        test(postInDialog()).click();
        assertThat(find(TextArea.class).withLabel("What the client reads").single().isInvalid()).isTrue();
        find(TextArea.class).withLabel("What the client reads").single().setValue("Emails go out late; we are on it.");
        Select<UpdateState> state = find(Select.class).withLabel("Where things stand").single();
        state.setValue(UpdateState.IDENTIFIED);
        test(postInDialog()).click();
        assertThat(test(find(Grid.class).withId("client-updates").single()).size()).isEqualTo(1);

        Fixtures.signInAs(viewer);
        navigate(PortalIncidentsView.class);

        assertThat(find(H3.class).all()).extracting(H3::getText)
            .containsExactly("Still investigating", "Token expired");
        assertThat(find(Span.class).withClassName("pl-update-state").all()).extracting(Span::getText)
            .containsExactly("Cause identified");
        String page = find(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", String::concat);
        assertThat(page).contains("Emails go out late; we are on it.").doesNotContain("DRAFT");
    }

    private Button postInDialog() {
        return find(Button.class).withText("Post update")
            .all()
            .stream()
            .filter(b -> b.hasThemeName(ButtonVariant.LUMO_PRIMARY.getVariantName()))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void client_user_sees_only_published_summaries_never_drafts_or_internal_notes() {
        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        navigate(PortalIncidentsView.class);

        List<String> titles = find(H3.class).all().stream().map(H3::getText).toList();
        assertThat(titles).containsExactly("Token expired");
        String page = find(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", String::concat)
                + find(Span.class).all().stream().map(Span::getText).reduce("", String::concat);
        assertThat(page).contains("Your CRM sync paused for two hours.")
            .doesNotContain("INTERNAL", "DRAFT", "Other client", "Authentication");
    }

    @Test
    void client_users_are_refused_the_agency_views_and_foreign_ids_answer_not_found() {
        Fixtures.TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.signInAs(clientAdmin);
        navigate("incidents", AccessDeniedView.class);
        navigate("incidents/" + published.id(), AccessDeniedView.class);

        Fixtures.signInAs(foreignOwner);
        navigate("incidents/" + published.id(), NotFoundView.class);
        navigate("portal/incidents", AccessDeniedView.class);
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
