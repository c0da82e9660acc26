package io.plumbline.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.UpdateDraft;
import io.plumbline.incident.UpdateState;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PostgresIntegrationTest
class FeedIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FeedService feeds;

    @Autowired
    IncidentService incidents;

    @Autowired
    SlaService slas;

    @Autowired
    MockMvc mvc;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    Fixtures.TestUser analyst;

    Fixtures.TestUser viewer;

    Fixtures.TestUser otherViewer;

    Instant now;

    @BeforeEach
    void twoClientsWithNotices() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        analyst = fixtures.aUser(agency, Role.ANALYST);
        viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        otherViewer = fixtures.aClientUser(agency, otherClient, Role.CLIENT_VIEWER);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_feed_carries_updates_summaries_and_announced_maintenance_newest_first_as_valid_atom() throws Exception {
        Fixtures.signInAs(analyst);
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Contacts do not sync",
                IncidentSeverity.MAJOR, Set.of(crm.id()), now.minus(Duration.ofHours(3)), null));
        incidents.addNote(incident.id(), "INTERNAL never in the feed");
        incidents.postUpdate(incident.id(), new UpdateDraft(UpdateState.INVESTIGATING, now.minus(Duration.ofHours(2)),
                "Contacts are not reaching your CRM."));
        incidents.postUpdate(incident.id(),
                new UpdateDraft(UpdateState.MONITORING, now.minus(Duration.ofMinutes(10)), "A fix is in place."));
        Instant start = now.plus(Duration.ofDays(2));
        slas.addMaintenance(new MaintenanceDraft(client.id(), crm.id(), "CRM upgrade",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(1))), 7));
        slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Not announced",
                new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(1)))));
        Fixtures.signInAs(viewer);
        String token = feeds.issue(client.id());
        Fixtures.signOut();

        MvcResult result = mvc.perform(get("/feeds/" + token + ".atom")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        String xml = result.getResponse().getContentAsString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).startsWith("urn:uuid:");
        assertThat(feed.getTitle()).contains(client.displayName());
        assertThat(feed.getLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("self");
            assertThat(l.getHref()).endsWith("/feeds/" + token + ".atom");
        });
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
            .containsExactly("Scheduled maintenance: CRM upgrade", "Fix in place, monitoring: Contacts do not sync",
                    "Investigating: Contacts do not sync");
        assertThat(feed.getEntries()).allSatisfy(e -> {
            assertThat(e.getUri()).startsWith("urn:uuid:");
            assertThat(e.getUpdatedDate()).isNotNull();
            assertThat(e.getLink()).startsWith("http");
            assertThat(e.getContents()).singleElement().satisfies(c -> assertThat(c.getValue()).isNotBlank());
        });
        assertThat(feed.getEntries().get(1).getContents().getFirst().getValue()).contains("A fix is in place.",
                crm.name());
        assertThat(xml).doesNotContain("INTERNAL", "Not announced", otherClient.displayName());
    }

    @Test
    void one_clients_token_never_shows_another_clients_notices_and_revoked_or_unknown_tokens_answer_404()
            throws Exception {
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.TestUser executive = fixtures.aUser(agency, Role.EXECUTIVE);
        Fixtures.signInAs(analyst);
        IncidentDetails mine = incidents
            .open(new IncidentDraft(client.id(), "Mine only", IncidentSeverity.MAJOR, Set.of(), null, null));
        incidents.postUpdate(mine.id(), new UpdateDraft(UpdateState.INVESTIGATING, null, "For client A"));
        String tokenB = feeds.issue(otherClient.id());
        Fixtures.signInAs(viewer);
        String tokenA = feeds.issue(client.id());

        assertThatThrownBy(() -> feeds.issue(otherClient.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feeds.revoke(otherClient.id())).isInstanceOf(NotFoundException.class);
        assertThat(fetch(tokenB)).doesNotContain("Mine only", "For client A");
        assertThat(fetch(tokenA)).contains("Mine only", "For client A");

        Fixtures.signInAs(otherViewer);
        assertThat(feeds.status(otherClient.id()).live()).isTrue();
        assertThatThrownBy(() -> feeds.status(client.id())).isInstanceOf(NotFoundException.class);
        Fixtures.signInAs(foreignOwner);
        assertThatThrownBy(() -> feeds.revoke(client.id())).isInstanceOf(NotFoundException.class);
        Fixtures.signInAs(executive);
        assertThatThrownBy(() -> feeds.revoke(client.id())).isInstanceOf(AccessDeniedException.class);

        Fixtures.signInAs(viewer);
        String renewed = feeds.issue(client.id());
        Fixtures.signOut();
        assertThat(status(tokenA)).as("replaced").isEqualTo(404);
        assertThat(status(renewed)).isEqualTo(200);
        Fixtures.signInAs(analyst);
        feeds.revoke(client.id());
        Fixtures.signOut();
        assertThat(status(renewed)).as("revoked").isEqualTo(404);
        assertThat(status("A".repeat(43))).as("unknown").isEqualTo(404);
        assertThat(status("short")).as("malformed").isEqualTo(404);
        assertThat(mvc.perform(post("/feeds/" + tokenB + ".atom")).andReturn().getResponse().getStatus()).isIn(403,
                405);
    }

    private String fetch(String token) throws Exception {
        MvcResult result = mvc.perform(get("/feeds/" + token + ".atom")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String token) throws Exception {
        return mvc.perform(get("/feeds/" + token + ".atom")).andReturn().getResponse().getStatus();
    }

}
