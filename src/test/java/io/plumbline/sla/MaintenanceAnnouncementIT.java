package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.SlaEvent.MaintenanceAnnounced;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostgresIntegrationTest
@RecordApplicationEvents
class MaintenanceAnnouncementIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SlaService slas;

    @Autowired
    ApplicationEvents events;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    Instant start;

    @BeforeEach
    void aClientWithAnIntegration() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(3));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_client_sees_a_window_only_once_it_is_announced_and_within_its_notice() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.TestUser otherViewer = fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER);
        Fixtures.TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(analyst);
        MaintenanceWindow quiet = slas.addMaintenance(new MaintenanceDraft(client.id(), crm.id(), "CRM upgrade",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(2)))));
        slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Far away",
                new MaintenanceSchedule.OneOff(start.plus(Duration.ofDays(20)), start.plus(Duration.ofDays(21))), 7));
        assertThatThrownBy(() -> slas.announceMaintenance(quiet.id(), 61))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("notice"));

        Fixtures.signInAs(viewer);
        assertThat(slas.announcedMaintenance(client.id())).as("not announced, or beyond its notice").isEmpty();

        Fixtures.signInAs(analyst);
        slas.announceMaintenance(quiet.id(), 7);
        assertThat(events.stream(MaintenanceAnnounced.class)).extracting(MaintenanceAnnounced::name)
            .containsExactly("Far away", "CRM upgrade");

        Fixtures.signInAs(viewer);
        assertThat(slas.announcedMaintenance(client.id())).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("CRM upgrade");
            assertThat(m.integration()).isEqualTo(crm.id());
            assertThat(m.when().start()).isEqualTo(start);
        });
        assertThatThrownBy(() -> slas.announceMaintenance(quiet.id(), 3)).isInstanceOf(AccessDeniedException.class);

        Fixtures.signInAs(otherViewer);
        assertThat(slas.announcedMaintenance(client.id())).isEmpty();
        assertThat(slas.announcedMaintenance(otherClient.id())).isEmpty();

        Fixtures.signInAs(analyst);
        slas.withdrawAnnouncement(quiet.id());
        Fixtures.signInAs(viewer);
        assertThat(slas.announcedMaintenance(client.id())).isEmpty();
    }

    @Test
    void another_agency_cannot_see_announce_or_withdraw_the_windows() {
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        MaintenanceWindow window = slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Deploy",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(1))), 7));

        Fixtures.signInAs(foreignOwner);
        assertThat(slas.announcedMaintenance(client.id())).isEmpty();
        assertThatThrownBy(() -> slas.announceMaintenance(window.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> slas.withdrawAnnouncement(window.id())).isInstanceOf(NotFoundException.class);
    }

}
