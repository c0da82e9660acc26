package io.plumbline.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.alerting.AlertEvent;
import io.plumbline.alerting.AlertId;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class IncidentServiceIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IncidentService incidents;

    @Autowired
    SlaService slas;

    @Autowired
    MetricsService metrics;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    IntegrationDetails mail;

    IntegrationDetails otherClientsCrm;

    Instant now;

    @BeforeEach
    void anAgencyWithTwoClients() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        mail = fixtures.anIntegration(agency, client);
        otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_analyst_runs_an_incident_from_detection_to_resolution_with_who_and_when_on_every_milestone() {
        Fixtures.TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(analyst);
        Instant detected = now.minus(Duration.ofHours(3));

        IncidentDetails opened = incidents.open(new IncidentDraft(client.id(), "Contacts do not sync",
                IncidentSeverity.MAJOR, Set.of(crm.id()), detected, "Sync job reports 401s."));
        incidents.record(opened.id(),
                new TimelineDraft(TimelineKind.ACKNOWLEDGED, detected.plus(Duration.ofMinutes(20)), null));
        incidents.record(opened.id(), new TimelineDraft(TimelineKind.DIAGNOSED, detected.plus(Duration.ofHours(1)),
                "The OAuth refresh token expired."));
        incidents.setCause(opened.id(), RootCause.AUTHENTICATION);
        incidents.record(opened.id(), new TimelineDraft(TimelineKind.UPDATE, detected.plus(Duration.ofMinutes(90)),
                "Asked the client's admin to re-authorise."));
        IncidentDetails resolved = incidents.record(opened.id(), new TimelineDraft(TimelineKind.RESOLVED,
                detected.plus(Duration.ofHours(2)), "Re-authorised; backlog synced."));

        assertThat(resolved.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.cause()).isEqualTo(RootCause.AUTHENTICATION);
        assertThat(resolved.integrations()).containsExactly(crm.id());
        assertThat(resolved.timeToResolve()).contains(Duration.ofHours(2));
        assertThat(incidents.timeline(opened.id())).extracting(TimelineEntry::kind)
            .containsExactly(TimelineKind.DETECTED, TimelineKind.ACKNOWLEDGED, TimelineKind.DIAGNOSED,
                    TimelineKind.UPDATE, TimelineKind.RESOLVED);
        assertThat(incidents.timeline(opened.id()))
            .allSatisfy(entry -> assertThat(entry.by()).isEqualTo(analyst.email()));
        assertThat(incidents.timeline(opened.id()).getFirst().at()).isEqualTo(detected);
        assertThat(auditActions()).contains("INCIDENT_OPENED", "INCIDENT_UPDATED", "INCIDENT_RESOLVED");
    }

    @Test
    void resolving_needs_a_root_cause_and_milestones_come_once_in_order_and_never_in_the_future() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        Instant detected = now.minus(Duration.ofHours(2));
        IncidentDetails opened = incidents
            .open(new IncidentDraft(client.id(), "Throttled", IncidentSeverity.MINOR, Set.of(), detected, null));
        incidents.record(opened.id(),
                new TimelineDraft(TimelineKind.ACKNOWLEDGED, detected.plus(Duration.ofMinutes(30)), null));

        assertThatThrownBy(() -> incidents.record(opened.id(), new TimelineDraft(TimelineKind.RESOLVED, null, null)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("root cause")
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("cause");
        assertThatThrownBy(
                () -> incidents.record(opened.id(), new TimelineDraft(TimelineKind.ACKNOWLEDGED, null, null)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("Already acknowledged");
        assertThatThrownBy(() -> incidents.record(opened.id(),
                new TimelineDraft(TimelineKind.DIAGNOSED, detected.plus(Duration.ofMinutes(10)), null)))
            .hasMessageContaining("earlier milestone");
        assertThatThrownBy(() -> incidents.record(opened.id(),
                new TimelineDraft(TimelineKind.UPDATE, Instant.now().plus(Duration.ofHours(1)), "later")))
            .hasMessageContaining("future");
        assertThatThrownBy(() -> incidents.open(new IncidentDraft(client.id(), "Wrong", IncidentSeverity.MINOR,
                Set.of(otherClientsCrm.id()), null, null)))
            .hasMessageContaining("only integrations of this client");
        assertThat(incidents.find(opened.id()).orElseThrow().state()).isEqualTo(IncidentState.ACKNOWLEDGED);
    }

    @Test
    void an_alert_that_opens_incidents_opens_one_and_later_alerts_of_the_same_integration_join_it() {
        Instant detected = now.minus(Duration.ofMinutes(40));
        AlertId first = new AlertId(UUID.randomUUID());
        AlertId second = new AlertId(UUID.randomUUID());
        AlertId onMail = new AlertId(UUID.randomUUID());

        publish(opened(first, crm.id(), detected, detected.plus(Duration.ofMinutes(5)), true));
        publish(opened(first, crm.id(), detected, detected.plus(Duration.ofMinutes(5)), true));
        publish(opened(second, crm.id(), detected.plus(Duration.ofMinutes(10)), detected.plus(Duration.ofMinutes(12)),
                true));
        publish(opened(onMail, mail.id(), detected, detected.plus(Duration.ofMinutes(7)), true));
        publish(opened(new AlertId(UUID.randomUUID()), crm.id(), detected, detected, false));
        publish(new AlertEvent.AlertAcknowledged(agency.id(), client.id(), second, "oncall@agency.test",
                detected.plus(Duration.ofMinutes(15))));
        publish(new AlertEvent.AlertAcknowledged(agency.id(), client.id(), first, "late@agency.test",
                detected.plus(Duration.ofMinutes(25))));
        publish(new AlertEvent.AlertResolved(agency.id(), client.id(), first, detected.plus(Duration.ofMinutes(30))));

        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));
        List<IncidentDetails> all = incidents.list(IncidentFilter.all());
        assertThat(all).hasSize(2);
        IncidentDetails crmIncident = all.stream()
            .filter(i -> i.integrations().contains(crm.id()))
            .findFirst()
            .orElseThrow();
        assertThat(crmIncident.detectedAt()).isEqualTo(detected);
        assertThat(crmIncident.timeToDetect()).isEqualTo(Duration.ofMinutes(5));
        assertThat(crmIncident.severity()).isEqualTo(IncidentSeverity.MAJOR);
        assertThat(crmIncident.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(crmIncident.acknowledgedAt()).isEqualTo(detected.plus(Duration.ofMinutes(15)));
        List<TimelineEntry> timeline = incidents.timeline(crmIncident.id());
        assertThat(timeline).extracting(TimelineEntry::kind)
            .containsExactly(TimelineKind.DETECTED, TimelineKind.UPDATE, TimelineKind.ACKNOWLEDGED,
                    TimelineKind.UPDATE);
        assertThat(timeline.get(2).by()).isEqualTo("oncall@agency.test");
        assertThat(timeline.get(3).note()).contains("cleared");
        assertThat(crmIncident.resolved()).isFalse();
    }

    @Test
    void time_to_detect_and_resolve_per_client_and_overall_match_hand_computed_figures() {
        Instant t = now.minus(Duration.ofDays(2));
        // Client: detect 10 and 30 min, resolve 2 h and 5 h. Other client: detect 60 min,
        // unresolved.
        IncidentId a = alertIncident(client, crm.id(), t, Duration.ofMinutes(10));
        IncidentId b = alertIncident(client, mail.id(), t, Duration.ofMinutes(30));
        alertIncident(otherClient, otherClientsCrm.id(), t, Duration.ofMinutes(60));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        resolve(a, t.plus(Duration.ofHours(2)));
        resolve(b, t.plus(Duration.ofHours(5)));

        IncidentStats ofClient = incidents.stats(Optional.of(client.id()), t.minusSeconds(1), now);
        IncidentStats overall = incidents.stats(Optional.empty(), t.minusSeconds(1), now);

        assertThat(ofClient.meanTimeToDetect()).contains(Duration.ofMinutes(20));
        assertThat(ofClient.medianTimeToResolve()).contains(Duration.ofMinutes(210));
        assertThat(overall.incidents()).isEqualTo(3);
        assertThat(overall.medianTimeToDetect()).contains(Duration.ofMinutes(30));
        assertThat(overall.meanTimeToDetect()).contains(Duration.ofMinutes(100).dividedBy(3));
        assertThat(overall.meanTimeToResolve()).contains(Duration.ofMinutes(210));
        assertThat(incidents.statsPerClient(t.minusSeconds(1), now)).containsOnlyKeys(client.id(), otherClient.id());
        assertThat(incidents.stats(Optional.empty(), t.plusSeconds(1), now).incidents()).isZero();
    }

    @Test
    void sla_compliance_is_compared_over_the_thirty_days_before_and_after_the_fix() {
        Instant fix = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2));
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(call(fix.minus(Duration.ofDays(3)).plusSeconds(i * 30L), i < 10));
            calls.add(call(fix.plus(Duration.ofDays(1)).plusSeconds(i * 30L), false));
        }
        calls.add(call(fix.minus(Duration.ofDays(31)), true)); // outside both windows
        agency.scope().run(() -> {
            metrics.record(calls);
            slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(99.0),
                    EvaluationWindow.CALENDAR_MONTH));
            slas.create(new SlaDraft(client.id(), mail.id(), "Mail only", Objectives.availabilityOnly(99.0),
                    EvaluationWindow.CALENDAR_MONTH));
        });
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Errors", IncidentSeverity.MAJOR,
                Set.of(crm.id()), fix.minus(Duration.ofDays(3)), null));
        assertThat(incidents.slaAroundFix(incident.id())).isEmpty();
        incidents.setCause(incident.id(), RootCause.ERROR_HANDLING);
        incidents.record(incident.id(), new TimelineDraft(TimelineKind.RESOLVED, fix, null));

        List<SlaAroundFix> around = incidents.slaAroundFix(incident.id());

        assertThat(around).extracting(s -> s.sla().name()).containsExactly("Contract");
        SlaAroundFix contract = around.getFirst();
        assertThat(contract.before().eligible()).isEqualTo(100);
        assertThat(contract.before().availability().getAsDouble()).isEqualTo(0.90);
        assertThat(contract.after().orElseThrow().eligible()).isEqualTo(100);
        assertThat(contract.after().orElseThrow().availability().getAsDouble()).isEqualTo(1.0);
        assertThat(contract.afterComplete()).isFalse();
    }

    @Test
    void the_portal_gets_only_published_summaries_never_drafts_or_internal_notes() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        Fixtures.TestUser admin = fixtures.aUser(agency, Role.ADMIN);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails shown = incidents
            .open(new IncidentDraft(client.id(), "Shown", IncidentSeverity.MAJOR, Set.of(), null, null));
        IncidentDetails hidden = incidents
            .open(new IncidentDraft(client.id(), "Hidden", IncidentSeverity.MAJOR, Set.of(), null, null));
        incidents.addNote(shown.id(), "INTERNAL: the agency forgot to renew the token");
        incidents.saveSummary(shown.id(), "We restored the contact sync.");
        incidents.publishSummary(shown.id());
        incidents.saveSummary(shown.id(), "DRAFT edit not yet published");
        incidents.saveSummary(hidden.id(), "DRAFT never published");
        assertThatThrownBy(() -> incidents.publishSummary(
                incidents.open(new IncidentDraft(client.id(), "Empty", IncidentSeverity.MINOR, Set.of(), null, null))
                    .id()))
            .hasMessageContaining("Write and save");

        Fixtures.signInAs(viewer);
        List<PublishedIncident> portal = incidents.published(client.id());

        assertThat(portal).extracting(PublishedIncident::title).containsExactly("Shown");
        assertThat(portal.getFirst().summary()).isEqualTo("We restored the contact sync.");
        assertThat(portal.toString()).doesNotContain("INTERNAL", "DRAFT");
        assertThatThrownBy(() -> incidents.notes(shown.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.find(shown.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.timeline(shown.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.list(IncidentFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.addNote(shown.id(), "x")).isInstanceOf(AccessDeniedException.class);

        Fixtures.signInAs(admin);
        incidents.unpublishSummary(shown.id());
        Fixtures.signInAs(clientAdmin);
        assertThat(incidents.published(client.id())).isEmpty();
    }

    @Test
    void row_level_security_shows_a_client_only_its_published_incidents_and_no_notes_or_timeline() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails published = incidents
            .open(new IncidentDraft(client.id(), "Published", IncidentSeverity.MAJOR, Set.of(crm.id()), null, null));
        incidents
            .open(new IncidentDraft(client.id(), "Draft only", IncidentSeverity.MAJOR, Set.of(mail.id()), null, null));
        incidents
            .open(new IncidentDraft(otherClient.id(), "Other client", IncidentSeverity.MAJOR, Set.of(), null, null));
        incidents.addNote(published.id(), "secret");
        incidents.saveSummary(published.id(), "Fixed.");
        incidents.publishSummary(published.id());
        Fixtures.signOut();

        String sql = "SELECT 'incident' FROM incident UNION ALL SELECT 'note' FROM incident_note"
                + " UNION ALL SELECT 'timeline' FROM incident_timeline UNION ALL SELECT 'link' FROM incident_integration";
        List<String> asClient = sqlAs(new TenantScope(agency.id(), client.id()), sql);
        List<String> asOtherClient = sqlAs(new TenantScope(agency.id(), otherClient.id()), sql);
        List<String> asForeignAgency = sqlAs(TenantScope.agency(fixtures.anAgency().id()), sql);
        List<String> asAgency = sqlAs(TenantScope.agency(agency.id()), sql);

        assertThat(asClient).containsExactlyInAnyOrder("incident", "link");
        assertThat(asOtherClient).isEmpty();
        assertThat(asForeignAgency).isEmpty();
        assertThat(asAgency).contains("incident", "note", "timeline", "link").hasSize(3 + 1 + 3 + 2);
    }

    @Test
    void another_agency_and_another_client_cannot_list_read_guess_or_change_incidents() {
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.TestUser otherClientsAdmin = fixtures.aClientUser(agency, otherClient, Role.CLIENT_ADMIN);
        Fixtures.TestUser executive = fixtures.aUser(agency, Role.EXECUTIVE);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        IncidentDetails mine = incidents
            .open(new IncidentDraft(client.id(), "Mine", IncidentSeverity.MAJOR, Set.of(), null, null));
        incidents.saveSummary(mine.id(), "Public text");
        incidents.publishSummary(mine.id());

        Fixtures.signInAs(foreignOwner);
        assertThat(incidents.list(IncidentFilter.all())).isEmpty();
        assertThat(incidents.find(mine.id())).isEmpty();
        assertThat(incidents.published(client.id())).isEmpty();
        assertThatThrownBy(() -> incidents.timeline(mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.slaAroundFix(mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.addNote(mine.id(), "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.unpublishSummary(mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents
            .open(new IncidentDraft(client.id(), "Sneaky", IncidentSeverity.MAJOR, Set.of(), null, null)))
            .isInstanceOf(InvalidInputException.class);

        Fixtures.signInAs(otherClientsAdmin);
        assertThat(incidents.published(client.id())).isEmpty();

        Fixtures.signInAs(executive);
        assertThat(incidents.find(mine.id())).isPresent();
        assertThatThrownBy(() -> incidents.addNote(mine.id(), "x")).isInstanceOf(AccessDeniedException.class);
    }

    private IncidentId alertIncident(ClientDetails owner, IntegrationId integration, Instant detected,
            Duration toOpen) {
        publish(new AlertEvent.AlertOpened(agency.id(), owner.id(), new AlertId(UUID.randomUUID()),
                new AlertRuleId(UUID.randomUUID()), AlertRuleKind.CONSECUTIVE_FAILURES, Optional.of(integration),
                AlertSeverity.PAGE, "Checks fail", detected, detected.plus(toOpen), true));
        return new IncidentId(agency.scope()
            .call(() -> new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForObject(
                    "SELECT incident_id FROM incident_integration WHERE integration_id = ?", UUID.class,
                    integration.value()))));
    }

    private void resolve(IncidentId id, Instant at) {
        incidents.setCause(id, RootCause.PROVIDER_OUTAGE);
        incidents.record(id, new TimelineDraft(TimelineKind.RESOLVED, at, null));
    }

    private AlertEvent.AlertOpened opened(AlertId alert, IntegrationId integration, Instant detected, Instant openedAt,
            boolean opensIncident) {
        return new AlertEvent.AlertOpened(agency.id(), client.id(), alert, new AlertRuleId(UUID.randomUUID()),
                AlertRuleKind.CONSECUTIVE_FAILURES, Optional.of(integration), AlertSeverity.PAGE,
                "3 checks in a row failed", detected, openedAt, opensIncident);
    }

    /**
     * As alerting does: in a transaction of the alert's agency, with no signed-in user.
     */
    private void publish(AlertEvent event) {
        CurrentTenant.runAs(TenantScope.agency(event.agency()), () -> new TransactionTemplate(transactionManager)
            .executeWithoutResult(status -> events.publishEvent(event)));
    }

    private List<String> sqlAs(TenantScope scope, String sql) {
        return CurrentTenant.callAs(scope, () -> new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForList(sql, String.class)));
    }

    private List<String> auditActions() {
        return agency.scope()
            .call(() -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForList("SELECT action FROM audit_event WHERE agency_id = ?", String.class,
                        agency.id().value())));
    }

    private Observation call(Instant at, boolean failed) {
        return new Observation(crm.id(), at, Source.API, "GET /contacts", failed ? 503 : 200, 120,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

}
