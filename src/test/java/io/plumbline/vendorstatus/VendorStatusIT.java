package io.plumbline.vendorstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.ui.IncidentDetailView;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import io.plumbline.vendorstatus.StatusPageServer.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vendor status against a local Statuspage serving fixtures written after the public v2
 * format (src/test/resources/vendorstatus).
 */
@PostgresIntegrationTest
class VendorStatusIT extends SpringBrowserlessTest {

    static final Instant DAY_START = Instant.parse("2026-12-01T00:00:00Z");

    static final Instant DAY_END = Instant.parse("2026-12-02T00:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    VendorStatusService vendorStatus;

    @Autowired
    OutboundAllowListService allowList;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcTemplate jdbc;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    StatusPageServer server;

    @BeforeEach
    void anAgencyWithAHubSpotIntegrationAndALocalStatusPage() throws Exception {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        server = new StatusPageServer().stage("before");
        agency.scope().run(() -> allowList.add("127.0.0.1"));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
    }

    @AfterEach
    void stop() {
        server.close();
        Fixtures.signOut();
    }

    private StatusPageLink configuredAndPolledOnce() {
        vendorStatus.configure(crm.id(), server.baseUrl() + "/", "cmp-crm", "APIs › CRM API");
        return Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInSameThread()
            .until(() -> vendorStatus.link(crm.id()).orElseThrow(),
                    link -> link.state().lastSuccessAt() != null || link.state().failing());
    }

    @Test
    void an_incident_that_opens_updates_and_resolves_across_three_polls_is_stored_with_its_updates() {
        StatusPageLink first = configuredAndPolledOnce();
        assertThat(first.state().failing()).isFalse();
        assertThat(first.provider()).isEqualTo("HubSpot");
        assertThat(first.baseUrl()).isEqualTo(server.baseUrl());
        assertThat(vendorStatus.components(crm.id())).extracting(ProviderComponent::label)
            .containsExactly("APIs › CRM API", "Marketing Email", "Website");
        assertThat(vendorStatus.overlaps(crm.id(), DAY_START, DAY_END)).isEmpty();

        server.stage("open");
        vendorStatus.pollNow(crm.id());
        ProviderIncident open = single(vendorStatus.incidents(crm.id(), DAY_START, DAY_END));
        assertThat(open.name()).isEqualTo("Elevated error rates on the CRM API");
        assertThat(open.impact()).isEqualTo("major");
        assertThat(open.status()).isEqualTo("investigating");
        assertThat(open.startedAt()).isEqualTo(Instant.parse("2026-12-01T10:02:00Z"));
        assertThat(open.resolvedAt()).isNull();
        assertThat(open.components()).containsExactly("CRM API");
        assertThat(open.shortlink()).isEqualTo("https://stspg.io/crm1");
        assertThat(open.updates()).extracting(ProviderIncidentUpdate::status).containsExactly("investigating");
        assertThat(vendorStatus.link(crm.id()).orElseThrow().state().overallStatus())
            .isEqualTo("Partially Degraded Service");

        server.stage("update");
        vendorStatus.pollNow(crm.id());
        assertThat(single(vendorStatus.incidents(crm.id(), DAY_START, DAY_END)).updates())
            .extracting(ProviderIncidentUpdate::status)
            .containsExactly("identified", "investigating");

        server.stage("resolved");
        vendorStatus.pollNow(crm.id());
        ProviderIncident resolved = single(vendorStatus.incidents(crm.id(), DAY_START, DAY_END));
        assertThat(resolved.id()).isEqualTo(open.id());
        assertThat(resolved.status()).isEqualTo("resolved");
        assertThat(resolved.resolvedAt()).isEqualTo(Instant.parse("2026-12-01T11:40:00Z"));
        assertThat(resolved.updates()).extracting(ProviderIncidentUpdate::body)
            .containsExactly("This incident has been resolved.",
                    "The issue has been identified and a fix is being implemented.",
                    "We are investigating elevated error rates on the CRM API.");
        assertThat(vendorStatus.incidents(crm.id(), Instant.parse("2026-11-20T00:00:00Z"), DAY_END))
            .extracting(ProviderIncident::name)
            .containsExactly("Elevated error rates on the CRM API", "Delays in email sends");
    }

    @Test
    void a_component_going_degraded_and_back_is_a_period_and_overlaps_read_as_sentences() {
        configuredAndPolledOnce();
        server.stage("open");
        vendorStatus.pollNow(crm.id());
        assertThat(vendorStatus.components(crm.id())).filteredOn(c -> c.externalId().equals("cmp-crm"))
            .extracting(ProviderComponent::status)
            .containsExactly("degraded_performance");
        server.stage("resolved");
        vendorStatus.pollNow(crm.id());

        List<ProviderOverlap> overlaps = vendorStatus.overlaps(crm.id(), Instant.parse("2026-12-01T10:30:00Z"),
                Instant.parse("2026-12-01T10:45:00Z"));

        assertThat(overlaps).extracting(o -> o.describe(java.time.ZoneOffset.UTC))
            .containsExactlyInAnyOrder(
                    "HubSpot reported “Elevated error rates on the CRM API” (major) on APIs › CRM API 1 Dec 2026 10:02–11:40 UTC",
                    "HubSpot reported degraded performance of APIs › CRM API 1 Dec 2026 10:02–11:40 UTC");
        assertThat(overlaps).filteredOn(ProviderOverlap::isIncident)
            .extracting(ProviderOverlap::link)
            .containsExactly("https://stspg.io/crm1");
        // Another component's incident does not overlap; after the fix nothing does.
        assertThat(vendorStatus.overlaps(crm.id(), Instant.parse("2026-11-20T08:10:00Z"),
                Instant.parse("2026-11-20T08:20:00Z")))
            .isEmpty();
        assertThat(vendorStatus.overlaps(crm.id(), Instant.parse("2026-12-01T11:41:00Z"), DAY_END)).isEmpty();
    }

    @Test
    void a_whole_page_link_counts_every_incident_of_the_page() {
        vendorStatus.configure(crm.id(), server.baseUrl(), null, null);
        server.stage("resolved");
        vendorStatus.pollNow(crm.id());

        assertThat(vendorStatus.overlaps(crm.id(), Instant.parse("2026-11-20T08:10:00Z"),
                Instant.parse("2026-11-20T08:20:00Z")))
            .extracting(ProviderOverlap::what)
            .containsExactly("Delays in email sends");
    }

    @Test
    void an_unchanged_page_answers_304_to_the_conditional_requests_and_nothing_changes() {
        configuredAndPolledOnce();
        server.stage("open");
        vendorStatus.pollNow(crm.id());
        server.forgetRequests();

        StatusPageLink again = vendorStatus.pollNow(crm.id());

        assertThat(server.requests()).hasSize(2).allSatisfy(request -> assertThat(request.ifNoneMatch()).isNotNull());
        assertThat(again.state().failing()).isFalse();
        assertThat(single(vendorStatus.incidents(crm.id(), DAY_START, DAY_END)).updates()).hasSize(1);
    }

    @Test
    void malformed_json_is_a_visible_error_that_keeps_the_earlier_data_and_backs_off() {
        configuredAndPolledOnce();
        server.stage("open");
        vendorStatus.pollNow(crm.id());
        server.serve("/api/v2/summary.json", "malformed.json");

        StatusPageLink failed = vendorStatus.pollNow(crm.id());

        assertThat(failed.state().failing()).isTrue();
        assertThat(failed.state().lastError()).startsWith("summary.json is not valid JSON");
        assertThat(failed.state().consecutiveFailures()).isEqualTo(1);
        assertThat(Duration.between(failed.state().lastPolledAt(), failed.state().nextPollAt()))
            .isEqualTo(Duration.ofMinutes(4));
        assertThat(vendorStatus.incidents(crm.id(), DAY_START, DAY_END)).hasSize(1);
        assertThat(vendorStatus.components(crm.id())).hasSize(3);

        StatusPageLink twice = vendorStatus.pollNow(crm.id());
        assertThat(twice.state().consecutiveFailures()).isEqualTo(2);
        assertThat(Duration.between(twice.state().lastPolledAt(), twice.state().nextPollAt()))
            .isEqualTo(Duration.ofMinutes(8));

        server.stage("resolved");
        StatusPageLink recovered = vendorStatus.pollNow(crm.id());
        assertThat(recovered.state().failing()).isFalse();
        assertThat(recovered.state().consecutiveFailures()).isZero();
    }

    @Test
    void a_slow_feed_times_out_as_a_visible_error_without_losing_data() {
        configuredAndPolledOnce();
        server.delay(Duration.ofSeconds(4));

        StatusPageLink failed = vendorStatus.pollNow(crm.id());

        assertThat(failed.state().lastError()).contains("no answer within 2 s");
        assertThat(vendorStatus.components(crm.id())).hasSize(3);
    }

    @Test
    void a_page_on_a_private_address_is_refused_without_an_allow_list_entry() {
        Fixtures.signOut();
        TestAgency other = fixtures.anAgency();
        ClientDetails otherClient = fixtures.aClient(other);
        IntegrationDetails theirs = fixtures.anIntegration(other, otherClient);
        Fixtures.signInAs(fixtures.aUser(other, Role.ANALYST));

        assertThatThrownBy(() -> vendorStatus.configure(theirs.id(), server.baseUrl(), null, null))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("Loopback")
            .hasMessageContaining("allow-list");
        assertThatThrownBy(() -> vendorStatus.configure(theirs.id(), "ftp://status.example.com", null, null))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("https://status.hubspot.com");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void several_integrations_naming_one_page_share_one_schedule_and_one_poll() {
        Fixtures.signOut();
        IntegrationDetails second = fixtures.anIntegration(agency, client);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        configuredAndPolledOnce();
        int schedulesBefore = pollSchedules();

        vendorStatus.configure(second.id(), server.baseUrl(), null, null);
        server.forgetRequests();
        vendorStatus.pollNow(second.id());

        assertThat(pollSchedules()).isEqualTo(schedulesBefore);
        assertThat(server.requests()).extracting(Request::path)
            .containsExactlyInAnyOrder("/api/v2/summary.json", "/api/v2/incidents.json");
        assertThat(vendorStatus.links()).extracting(StatusPageLink::baseUrl)
            .containsExactly(server.baseUrl(), server.baseUrl());
        assertThat(vendorStatus.link(second.id()).orElseThrow().state())
            .isEqualTo(vendorStatus.link(crm.id()).orElseThrow().state());
    }

    private int pollSchedules() {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'vendor-status-poll'", Integer.class);
        return count == null ? 0 : count;
    }

    @Test
    void another_agency_never_sees_the_page_its_incidents_or_the_cause_and_keeps_its_own_copy() {
        configuredAndPolledOnce();
        server.stage("resolved");
        vendorStatus.pollNow(crm.id());
        ProviderIncident ours = single(vendorStatus.incidents(crm.id(), DAY_START, DAY_END));
        Fixtures.signOut();
        TestAgency other = fixtures.anAgency();
        ClientDetails otherClient = fixtures.aClient(other);
        IntegrationDetails theirs = fixtures.anIntegration(other, otherClient);
        Fixtures.signInAs(fixtures.aUser(other, Role.ADMIN));

        assertThat(vendorStatus.links()).isEmpty();
        assertThat(vendorStatus.link(crm.id())).isEmpty();
        assertThat(vendorStatus.incidents(crm.id(), DAY_START, DAY_END)).isEmpty();
        assertThat(vendorStatus.overlaps(crm.id(), DAY_START, DAY_END)).isEmpty();
        assertThat(vendorStatus.components(crm.id())).isEmpty();
        assertThat(vendorStatus.incident(ours.id())).isEmpty();
        assertThatThrownBy(() -> vendorStatus.configure(crm.id(), "https://status.hubspot.com", null, null))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vendorStatus.remove(crm.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vendorStatus.pollNow(crm.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vendorStatus.citeCause(java.util.UUID.randomUUID(), ours.id()))
            .isInstanceOf(InvalidInputException.class);

        // The same page named by this agency is its own copy, polled under its own
        // allow-list.
        allowList.add("127.0.0.1");
        vendorStatus.configure(theirs.id(), server.baseUrl(), "cmp-crm", "APIs › CRM API");
        vendorStatus.pollNow(theirs.id());
        ProviderIncident theirCopy = single(vendorStatus.incidents(theirs.id(), DAY_START, DAY_END));
        assertThat(theirCopy.id()).isNotEqualTo(ours.id());
        assertThat(vendorStatus.links()).extracting(StatusPageLink::integration).containsExactly(theirs.id());

        // Row-level security: in the other agency's transaction the first agency's rows
        // are not there.
        Integer visible = other.scope()
            .call(() -> new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(
                    status -> jdbc.queryForObject("SELECT COUNT(*) FROM vendor_status_incident WHERE agency_id = ?",
                            Integer.class, agency.id().value())));
        assertThat(visible).isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void the_incident_page_shows_the_overlapping_provider_incident_and_cites_it_as_the_cause() {
        configuredAndPolledOnce();
        server.stage("open");
        vendorStatus.pollNow(crm.id());
        server.stage("resolved");
        vendorStatus.pollNow(crm.id());
        IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "CRM sync failing",
                IncidentSeverity.MAJOR, Set.of(crm.id()), Instant.parse("2026-12-01T10:15:00Z"), null));
        incidents.setCause(incident.id(), RootCause.PROVIDER_OUTAGE);

        UI.getCurrent().navigate("incidents/" + incident.id().value());

        assertThat(getCurrentView()).isInstanceOf(IncidentDetailView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Provider status",
                "HubSpot reported “Elevated error rates on the CRM API” (major) on APIs › CRM API 1 Dec 2026 10:02–11:40 UTC",
                "HubSpot reported degraded performance of APIs › CRM API 1 Dec 2026 10:02–11:40 UTC");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ProviderOverlap> choice = find(
                com.vaadin.flow.component.select.Select.class)
            .withLabel("Provider incident behind the outage")
            .single();
        choice.setValue(choice.getListDataView().getItems().findFirst().orElseThrow());
        test(find(com.vaadin.flow.component.button.Button.class).withText("Cite as cause").single()).click();

        assertThat(vendorStatus.citedCause(incident.id().value())).map(ProviderIncident::name)
            .contains("Elevated error rates on the CRM API");
        assertThat(getCurrentView().getElement().getTextRecursively())
            .contains("Cause cited: HubSpot reported “Elevated error rates on the CRM API” (major)");
    }

    @Autowired
    io.plumbline.TestClock clock;

    @Autowired
    io.plumbline.metrics.MetricsService metrics;

    @Autowired
    io.plumbline.sla.SlaService slas;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_sla_page_shows_how_much_failure_overlapped_provider_reports_without_excluding_it() {
        clock.stopAt(Instant.parse("2026-12-02T12:00:00Z"));
        configuredAndPolledOnce();
        server.stage("open");
        vendorStatus.pollNow(crm.id());
        server.stage("resolved");
        vendorStatus.pollNow(crm.id());
        Fixtures.signOut();
        List<io.plumbline.metrics.Observation> calls = new java.util.ArrayList<>();
        for (String failedAt : List.of("10:30:00", "10:30:20", "11:10:00", "12:30:00")) {
            calls.add(call(Instant.parse("2026-12-01T" + failedAt + "Z"), true));
        }
        for (int minute = 0; minute < 60; minute++) {
            calls.add(call(Instant.parse("2026-12-01T09:00:00Z").plusSeconds(minute * 60L), false));
        }
        io.plumbline.sla.SlaDetails sla = agency.scope().call(() -> {
            metrics.record(calls);
            return slas.create(io.plumbline.sla.SlaDraft.clientWide(client.id(), "Contract",
                    io.plumbline.sla.Objectives.availabilityOnly(99.5),
                    io.plumbline.sla.EvaluationWindow.ROLLING_7_DAYS));
        });
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        ProviderShare share = vendorStatus.providerShare(List.of(crm.id()), DAY_START, DAY_END);

        assertThat(share.failedEvents()).isEqualTo(4);
        assertThat(share.failedDuringProvider()).isEqualTo(3);
        assertThat(share.failingTime()).isEqualTo(Duration.ofMinutes(3));
        assertThat(share.failingTimeDuringProvider()).isEqualTo(Duration.ofMinutes(2));
        UI.getCurrent().navigate("sla/" + sla.id().value());
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Provider-caused failure", "Of the 3 min with failures in this window (25 Nov 2026 ",
                "4 failed events), 2 min (3 failed events) overlapped what the providers reported on the same components.",
                "Shown, not excluded");
    }

    private io.plumbline.metrics.Observation call(Instant at, boolean failed) {
        return new io.plumbline.metrics.Observation(crm.id(), at, io.plumbline.metrics.Source.API,
                "GET /crm/v3/contacts", failed ? 503 : 200, 120,
                failed ? io.plumbline.metrics.FailureClass.SERVER_ERROR : null, false);
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

}
