package io.plumbline.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.incident.IncidentEvent.IncidentUpdatePublished;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
@RecordApplicationEvents
class IncidentUpdatesIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEvents events;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    Instant now;

    @BeforeEach
    void anAgencyWithTwoClients() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void posted_updates_show_in_the_portal_newest_first_without_the_internal_timeline_or_notes() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Contacts do not sync",
                IncidentSeverity.MAJOR, Set.of(crm.id()), now.minus(Duration.ofHours(2)), "INTERNAL 401s"));
        incidents.addNote(incident.id(), "INTERNAL: token of the old admin");
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING,
                now.minus(Duration.ofMinutes(90)), "Contacts are not reaching your CRM. We are looking into it."));
        IncidentUpdate identified = incidents.postUpdate(incident.id(),
                new UpdateDraft(UpdateState.IDENTIFIED, null, "An expired token; we are renewing it."));

        assertThat(events.stream(IncidentUpdatePublished.class))
            .extracting(IncidentUpdatePublished::state, IncidentUpdatePublished::client)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(UpdateState.INVESTIGATING, client.id()),
                    org.assertj.core.groups.Tuple.tuple(UpdateState.IDENTIFIED, client.id()));
        assertThat(identified.at()).isAfterOrEqualTo(now);

        Fixtures.signInAs(viewer);
        List<PublishedIncident> portal = incidents.published(client.id());

        assertThat(portal).hasSize(1);
        PublishedIncident shown = portal.getFirst();
        assertThat(shown.updates()).extracting(IncidentUpdate::state)
            .containsExactly(UpdateState.IDENTIFIED, UpdateState.INVESTIGATING);
        assertThat(shown.latestState()).contains(UpdateState.IDENTIFIED);
        assertThat(shown.separateSummary()).isEmpty();
        assertThat(portal.toString()).doesNotContain("INTERNAL");
        assertThatThrownBy(() -> incidents.updates(incident.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.RESOLVED, null, "x")))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_update_needs_a_state_a_text_and_a_time_between_the_detection_and_now() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Slow", IncidentSeverity.MINOR,
                Set.of(), now.minus(Duration.ofHours(1)), null));

        assertThatThrownBy(() -> incidents.postUpdate(incident.id(), new UpdateDraft(null, null, "x")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("state"));
        assertThatThrownBy(
                () -> incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING, null, "  ")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> incidents.postUpdate(incident.id(),
                new UpdateDraft(UpdateState.INVESTIGATING, now.plus(Duration.ofHours(1)), "x")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("at"));
        assertThatThrownBy(() -> incidents.postUpdate(incident.id(),
                new UpdateDraft(UpdateState.INVESTIGATING, now.minus(Duration.ofHours(2)), "x")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("at"));
        assertThat(incidents.updates(incident.id())).isEmpty();
    }

    @Test
    void a_published_summary_is_shown_beside_the_updates_when_it_says_more() {
        Fixtures.TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails incident = incidents
            .open(new IncidentDraft(client.id(), "Late", IncidentSeverity.MINOR, Set.of(), null, null));
        incidents.saveSummary(incident.id(), "A post-mortem for you.");
        incidents.publishSummary(incident.id());
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.MONITORING, null, "Watching it."));

        Fixtures.signInAs(clientAdmin);
        PublishedIncident shown = incidents.published(client.id()).getFirst();

        assertThat(shown.separateSummary()).contains("A post-mortem for you.");
        assertThat(shown.updates()).extracting(IncidentUpdate::text).containsExactly("Watching it.");
    }

    @Test
    void another_client_and_another_agency_cannot_see_read_or_post_updates() {
        Fixtures.TestUser otherClientsAdmin = fixtures.aClientUser(agency, otherClient, Role.CLIENT_ADMIN);
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails incident = incidents
            .open(new IncidentDraft(client.id(), "Mine", IncidentSeverity.MAJOR, Set.of(crm.id()), null, null));
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING, null, "Secret to others"));

        Fixtures.signInAs(otherClientsAdmin);
        assertThat(incidents.published(client.id())).isEmpty();
        assertThat(incidents.published(otherClient.id())).isEmpty();

        Fixtures.signInAs(foreignOwner);
        assertThat(incidents.published(client.id())).isEmpty();
        assertThatThrownBy(() -> incidents.updates(incident.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                () -> incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.RESOLVED, null, "Sneaky")))
            .isInstanceOf(NotFoundException.class);
        Fixtures.signOut();

        // Row-level security: the second wall, below the service's scoping
        String sql = "SELECT 'update' FROM incident_update UNION ALL SELECT 'incident' FROM incident";
        assertThat(sqlAs(new TenantScope(agency.id(), client.id()), sql)).containsExactlyInAnyOrder("update",
                "incident");
        assertThat(sqlAs(new TenantScope(agency.id(), otherClient.id()), sql)).isEmpty();
        assertThat(sqlAs(TenantScope.agency(fixtures.anAgency().id()), sql)).isEmpty();
    }

    private List<String> sqlAs(TenantScope scope, String sql) {
        return CurrentTenant.callAs(scope, () -> new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForList(sql, String.class)));
    }

}
