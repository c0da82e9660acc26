package io.plumbline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.security.ui.AccessDeniedView;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal home of one client beside a second client of the same agency whose story
 * must never show.
 */
@PostgresIntegrationTest
class PortalHomeIT extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    IncidentService incidents;

    @Autowired
    ChangeLogService changes;

    @Autowired
    ConsentService consent;

    @Autowired
    Clock clock;

    TestAgency agency;

    ClientDetails acme;

    ClientDetails globex;

    @BeforeEach
    void twoClientsWithTheirOwnStories() {
        agency = fixtures.anAgency();
        acme = fixtures.aClient(agency);
        globex = fixtures.aClient(agency);
        IntegrationDetails acmeApi = fixtures.anIntegration(agency, acme);
        IntegrationDetails globexApi = fixtures.anIntegration(agency, globex);
        Instant start = clock.instant().minus(Duration.ofHours(2));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        metrics.record(calls(acmeApi, start, 400, 0));
        metrics.record(calls(globexApi, start, 100, 50));
        slas.create(SlaDraft.clientWide(acme.id(), "Acme availability", Objectives.availabilityOnly(99.0),
                EvaluationWindow.ROLLING_7_DAYS));
        slas.create(SlaDraft.clientWide(globex.id(), "Globex availability", Objectives.availabilityOnly(99.0),
                EvaluationWindow.ROLLING_7_DAYS));
        consent.recordAggregates(List.of(aggregate(acmeApi, start, 200, 199), aggregate(globexApi, start, 200, 20)));
        publish(incidents.open(new IncidentDraft(acme.id(), "Acme sync paused", IncidentSeverity.MAJOR,
                Set.of(acmeApi.id()), start, null)));
        incidents.open(new IncidentDraft(acme.id(), "Acme internal investigation", IncidentSeverity.MINOR,
                Set.of(acmeApi.id()), start, null));
        publish(incidents.open(new IncidentDraft(globex.id(), "Globex outage", IncidentSeverity.CRITICAL,
                Set.of(globexApi.id()), start, null)));
        changes.publish(changes
            .create(new ChangeEntryDraft(acmeApi.id(), ChangeKind.DEPRECATION_NOTICE, "Acme API v2 sunset",
                    "Move to v3.", "v2", "v3", LocalDate.now().plusDays(10)))
            .id());
        changes.create(new ChangeEntryDraft(acmeApi.id(), ChangeKind.FIELD_ADDED, "Acme draft change", null, null, null,
                LocalDate.now()));
        changes
            .publish(changes
                .create(new ChangeEntryDraft(globexApi.id(), ChangeKind.FIELD_ADDED, "Globex field added", null, null,
                        null, LocalDate.now()))
                .id());
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void client_user_sees_their_own_figures_and_published_story_and_nothing_of_the_other_client() {
        Fixtures.signInAs(fixtures.aClientUser(agency, acme, Role.CLIENT_VIEWER));

        navigate(PortalHomeView.class);

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(text("portal-summary")).contains("Service levels met, current windows1 of 1")
            .contains("100.00 %")
            .contains("99.5 %")
            .contains("Open incidents1");
        assertThat(text("portal-slas")).contains("Acme availability");
        assertThat(text("portal-incidents")).contains("Acme sync paused");
        assertThat(text("portal-changes")).contains("Acme API v2 sunset");
        assertThat(page).doesNotContain("Acme internal investigation")
            .doesNotContain("Acme draft change")
            .doesNotContain("Globex")
            .doesNotContain(globex.displayName());
    }

    @Test
    void agency_staff_are_refused_the_portal_home() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.OWNER));

        navigate("portal", AccessDeniedView.class);
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    private void publish(IncidentDetails incident) {
        incidents.saveSummary(incident.id(), "What happened to " + incident.title());
        incidents.publishSummary(incident.id());
    }

    private static List<Observation> calls(IntegrationDetails integration, Instant at, int count, int failed) {
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean fails = i < failed;
            calls.add(new Observation(integration.id(), at.plusSeconds(i), Source.API, "GET /orders", fails ? 500 : 200,
                    90, fails ? FailureClass.SERVER_ERROR : null, false));
        }
        return calls;
    }

    private static ConsentAggregate aggregate(IntegrationDetails integration, Instant at, long records, long complete) {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, complete);
        }
        return new ConsentAggregate(integration.id(), at, "crm-sync", records, carrying, 0, 0, complete);
    }

}
