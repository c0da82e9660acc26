package io.plumbline.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.ClientUptime;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Interval;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaEvaluation;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.UptimeDay;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Live status, overrides, uptime strips against the rollups, and the public status page
 * with its isolation.
 */
@PostgresIntegrationTest
class StatusIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Fixtures fixtures;

    @Autowired
    StatusService status;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    IncidentService incidents;

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    // ---- live status

    @Test
    void live_status_follows_the_error_rate_and_checks_of_the_last_ten_minutes() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails healthy = fixtures.anIntegration(agency, client);
        IntegrationDetails throttled = fixtures.anIntegration(agency, client);
        IntegrationDetails failing = fixtures.anIntegration(agency, client);
        IntegrationDetails down = fixtures.anIntegration(agency, client);
        IntegrationDetails quiet = fixtures.anIntegration(agency, client);
        Instant now = clock.instant();
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        metrics.record(calls(healthy, now.minusSeconds(120), 100, 1));
        metrics.record(calls(throttled, now.minusSeconds(120), 100, 10));
        metrics.record(calls(failing, now.minusSeconds(120), 100, 30));
        // Hours ago: outside the window.
        metrics.record(calls(quiet, now.minus(Duration.ofHours(3)), 100, 100));
        List<Observation> checks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            checks.add(new Observation(down.id(), now.minusSeconds(60L * i), Source.MONITOR, "check", 503, 80,
                    FailureClass.SERVER_ERROR, false));
        }
        metrics.record(checks);

        LiveStatus live = status.live(client.id());

        assertThat(live.components()).extracting(ComponentStatus::name, ComponentStatus::state)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(healthy.name(), LiveState.OPERATIONAL),
                    org.assertj.core.groups.Tuple.tuple(throttled.name(), LiveState.DEGRADED),
                    org.assertj.core.groups.Tuple.tuple(failing.name(), LiveState.PARTIAL_OUTAGE),
                    org.assertj.core.groups.Tuple.tuple(down.name(), LiveState.MAJOR_OUTAGE),
                    org.assertj.core.groups.Tuple.tuple(quiet.name(), LiveState.NO_DATA));
        assertThat(live.overall()).isEqualTo(LiveState.MAJOR_OUTAGE);
        assertThat(live.headline()).isEqualTo("Major outage of " + down.name());
    }

    @Test
    void a_maintenance_window_in_progress_shows_under_maintenance() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        Instant now = clock.instant();
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        metrics.record(calls(api, now.minusSeconds(60), 20, 20));
        slas.addMaintenance(new MaintenanceDraft(client.id(), api.id(), "Provider upgrade",
                new MaintenanceSchedule.OneOff(now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(1)))));

        LiveStatus live = status.live(client.id());

        assertThat(live.components().getFirst().state()).isEqualTo(LiveState.MAINTENANCE);
        assertThat(live.headline()).isEqualTo("Scheduled maintenance in progress: " + api.name());
    }

    // ---- overrides

    @Test
    void an_analyst_overrides_a_status_which_is_audited_shown_as_set_by_the_agency_and_cleared() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        TestUser analyst = fixtures.aUser(agency, Role.ANALYST);
        TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.signInAs(analyst);

        status.override(api.id(), LiveState.PARTIAL_OUTAGE, "Checking the provider's 5xx", null);

        Fixtures.signInAs(viewer);
        ComponentStatus seen = status.live(client.id()).components().getFirst();
        assertThat(seen.state()).isEqualTo(LiveState.PARTIAL_OUTAGE);
        assertThat(seen.measured()).isEqualTo(LiveState.NO_DATA);
        assertThat(seen.override().setBy()).isEqualTo(analyst.email());
        assertThat(seen.override().note()).isEqualTo("Checking the provider's 5xx");

        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(audit.search(new AuditFilter(null, AuditAction.STATUS_OVERRIDDEN, null, null), Pageable.ofSize(10)))
            .singleElement()
            .satisfies(entry -> {
                assertThat(entry.actorEmail()).isEqualTo(analyst.email());
                assertThat(entry.target()).isEqualTo(api.name());
                assertThat(entry.detail()).contains("Partial outage").contains("Checking the provider's 5xx");
            });

        Fixtures.signInAs(analyst);
        status.clearOverride(api.id());
        assertThat(status.live(client.id()).components().getFirst().state()).isEqualTo(LiveState.NO_DATA);
        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(audit.count(new AuditFilter(null, AuditAction.STATUS_OVERRIDE_CLEARED, null, null))).isOne();
    }

    @Test
    void an_expired_override_no_longer_shows() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        status.override(api.id(), LiveState.DEGRADED, "Watching it", clock.instant().plusSeconds(2));
        assertThat(status.live(client.id()).components().getFirst().setByAgency()).isTrue();

        ((io.plumbline.TestClock) clock).advance(Duration.ofSeconds(5));
        try {
            assertThat(status.live(client.id()).components().getFirst().setByAgency()).isFalse();
        }
        finally {
            ((io.plumbline.TestClock) clock).reset();
        }
    }

    @Test
    void client_users_executives_and_other_agencies_cannot_override() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        TestAgency other = fixtures.anAgency();
        TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        TestUser executive = fixtures.aUser(agency, Role.EXECUTIVE);
        TestUser otherAdmin = fixtures.aUser(other, Role.ADMIN);
        TestUser admin = fixtures.aUser(agency, Role.ADMIN);

        Fixtures.signInAs(clientAdmin);
        assertThatThrownBy(() -> status.override(api.id(), LiveState.OPERATIONAL, "All fine", null))
            .isInstanceOf(AccessDeniedException.class);
        Fixtures.signInAs(executive);
        assertThatThrownBy(() -> status.override(api.id(), LiveState.OPERATIONAL, "All fine", null))
            .isInstanceOf(AccessDeniedException.class);
        Fixtures.signInAs(otherAdmin);
        assertThatThrownBy(() -> status.override(api.id(), LiveState.OPERATIONAL, "All fine", null))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> status.live(client.id())).isInstanceOf(NotFoundException.class);
        Fixtures.signInAs(admin);
        assertThatThrownBy(() -> status.override(api.id(), LiveState.DEGRADED, "  ", null))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("Say what the client should know");
        assertThat(status.live(client.id()).components().getFirst().setByAgency()).isFalse();
    }

    @Test
    void a_client_user_sees_only_their_own_clients_status() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails mine = fixtures.aClient(agency);
        ClientDetails theirs = fixtures.aClient(agency);
        fixtures.anIntegration(agency, mine);
        IntegrationDetails theirApi = fixtures.anIntegration(agency, theirs);
        TestUser viewer = fixtures.aClientUser(agency, mine, Role.CLIENT_VIEWER);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        status.override(theirApi.id(), LiveState.MAJOR_OUTAGE, "Their secret trouble", null);

        Fixtures.signInAs(viewer);
        assertThatThrownBy(() -> status.live(theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> status.uptime(theirs.id())).isInstanceOf(NotFoundException.class);
        assertThat(status.live(mine.id()).components()).extracting(ComponentStatus::name)
            .doesNotContain(theirApi.name());
    }

    // ---- uptime strips

    @Test
    void the_strips_daily_figures_equal_the_day_rollups_of_a_utc_client_and_the_headline_equals_the_sla_math() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = aClientIn(agency, ZoneOffset.UTC);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        LocalDate today = LocalDate.now(clock);
        List<Observation> batch = new ArrayList<>();
        for (int day = 1; day <= 40; day += 3) {
            Instant at = today.minusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(10));
            batch.addAll(calls(api, at, 50 + day, day % 4));
        }
        metrics.record(batch);
        SlaDetails sla = slas.create(SlaDraft.clientWide(client.id(), "Availability", Objectives.availabilityOnly(99.5),
                EvaluationWindow.CALENDAR_MONTH));

        ClientUptime uptime = status.uptime(client.id());

        Map<LocalDate, MetricBucket> dayRollups = new TreeMap<>();
        metrics
            .buckets(List.of(api.id()), Granularity.DAY, today.minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .forEach(b -> dayRollups.put(LocalDate.ofInstant(b.start(), ZoneOffset.UTC), b));
        List<UptimeDay> days = uptime.integrations().get(api.id()).days();
        assertThat(days).hasSize(90);
        assertThat(days.getLast().date()).isEqualTo(today);
        assertThat(dayRollups).hasSize(14);
        for (UptimeDay day : days) {
            MetricBucket rollup = dayRollups.get(day.date());
            assertThat(day.eligible()).as(day.date().toString()).isEqualTo(rollup == null ? 0 : rollup.total());
            assertThat(day.good()).as(day.date().toString()).isEqualTo(rollup == null ? 0 : rollup.good());
        }
        assertThat(uptime.overall().days()).isEqualTo(days);
        SlaEvaluation sameDays = compliance.evaluateOver(sla.id(), uptime.overall().window());
        assertThat(uptime.overall().eligible()).isEqualTo(sameDays.eligible());
        assertThat(uptime.overall().good()).isEqualTo(sameDays.good());
        assertThat(uptime.overall().eligible()).isEqualTo(days.stream().mapToLong(UptimeDay::eligible).sum());
        UptimeStrip strip = UptimeStrip.of("All", uptime.overall(), List.of());
        assertThat(strip.headline()).isEqualTo(io.plumbline.shared.format.Format.percent(sameDays.availability(),
                io.plumbline.shared.format.Format.Precision.AVAILABILITY) + " uptime over the last 90 days");
    }

    @Test
    void over_a_dst_change_each_local_day_holds_its_own_hours_and_maintenance_is_excluded_and_marked() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = aClientIn(agency, BERLIN);
        IntegrationDetails api = fixtures.anIntegration(agency, client);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        // Berlin fell back on Sunday 25 Oct 2026: that local day has 25 hours.
        LocalDate dstDay = LocalDate.of(2026, 10, 25);
        Instant from = dstDay.minusDays(1).atStartOfDay(BERLIN).toInstant();
        Instant to = dstDay.plusDays(2).atStartOfDay(BERLIN).toInstant();
        List<Observation> batch = new ArrayList<>();
        int hour = 0;
        for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofHours(1)), hour++) {
            batch.addAll(calls(api, at.plusSeconds(60), 4, hour % 5 == 0 ? 1 : 0));
        }
        metrics.record(batch);
        Instant maintenanceStart = dstDay.plusDays(1).atTime(2, 0).atZone(BERLIN).toInstant();
        slas.addMaintenance(new MaintenanceDraft(client.id(), null, "Nightly upgrade",
                new MaintenanceSchedule.OneOff(maintenanceStart, maintenanceStart.plus(Duration.ofHours(2)))));
        SlaDetails sla = slas.create(SlaDraft.clientWide(client.id(), "Availability", Objectives.availabilityOnly(99.0),
                EvaluationWindow.CALENDAR_MONTH));

        ClientUptime uptime = status.uptime(client.id());

        Map<LocalDate, long[]> hourRollups = new TreeMap<>();
        metrics.buckets(List.of(api.id()), Granularity.HOUR, from, to).forEach(b -> {
            boolean inMaintenance = !b.start().isBefore(maintenanceStart)
                    && !b.end().isAfter(maintenanceStart.plus(Duration.ofHours(2)));
            long[] sums = hourRollups.computeIfAbsent(LocalDate.ofInstant(b.start(), BERLIN), d -> new long[3]);
            sums[inMaintenance ? 2 : 0] += b.total();
            sums[1] += inMaintenance ? 0 : b.good();
        });
        Map<LocalDate, UptimeDay> byDate = new TreeMap<>();
        uptime.overall().days().forEach(d -> byDate.put(d.date(), d));
        assertThat(hourRollups.keySet()).containsExactly(dstDay.minusDays(1), dstDay, dstDay.plusDays(1));
        hourRollups.forEach((date, sums) -> {
            assertThat(byDate.get(date).eligible()).as(date.toString()).isEqualTo(sums[0]);
            assertThat(byDate.get(date).good()).as(date.toString()).isEqualTo(sums[1]);
            assertThat(byDate.get(date).excluded()).as(date.toString()).isEqualTo(sums[2]);
        });
        assertThat(byDate.get(dstDay).eligible()).isEqualTo(25 * 4);
        assertThat(byDate.get(dstDay.minusDays(1)).eligible()).isEqualTo(24 * 4);
        assertThat(byDate.get(dstDay.plusDays(1)).excluded()).isEqualTo(2 * 4);
        assertThat(byDate.get(dstDay.plusDays(1)).maintenance()).isTrue();
        assertThat(byDate.get(dstDay).maintenance()).isFalse();
        SlaEvaluation sameDays = compliance.evaluateOver(sla.id(), uptime.overall().window());
        assertThat(uptime.overall().eligible()).isEqualTo(sameDays.eligible());
        assertThat(uptime.overall().good()).isEqualTo(sameDays.good());
        assertThat(uptime.overall().excluded()).isEqualTo(sameDays.excluded());
    }

    // ---- the public status page

    @Test
    void the_public_page_shows_its_own_clients_status_and_nothing_of_another_client_or_agency() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails acme = fixtures.aClient(agency);
        ClientDetails globex = fixtures.aClient(agency);
        IntegrationDetails acmeApi = fixtures.anIntegration(agency, acme);
        IntegrationDetails globexApi = fixtures.anIntegration(agency, globex);
        TestAgency other = fixtures.anAgency();
        ClientDetails otherClient = fixtures.aClient(other);
        IntegrationDetails otherApi = fixtures.anIntegration(other, otherClient);
        Instant now = clock.instant();
        TestUser otherAdmin = fixtures.aUser(other, Role.ADMIN);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        metrics.record(calls(acmeApi, now.minusSeconds(90), 50, 0));
        IncidentDraft acmeIncident = new IncidentDraft(acme.id(), "Acme sync paused", IncidentSeverity.MAJOR,
                Set.of(acmeApi.id()), now.minus(Duration.ofHours(5)), null);
        var published = incidents.open(acmeIncident);
        incidents.saveSummary(published.id(), "We paused the sync while the provider recovered.");
        incidents.publishSummary(published.id());
        incidents.open(new IncidentDraft(acme.id(), "Acme internal only", IncidentSeverity.MINOR, Set.of(acmeApi.id()),
                now.minus(Duration.ofHours(4)), null));
        var globexIncident = incidents.open(new IncidentDraft(globex.id(), "Globex outage", IncidentSeverity.CRITICAL,
                Set.of(globexApi.id()), now.minus(Duration.ofHours(3)), null));
        incidents.saveSummary(globexIncident.id(), "Globex text");
        incidents.publishSummary(globexIncident.id());
        status.override(globexApi.id(), LiveState.MAJOR_OUTAGE, "Globex note", null);
        PublicPageLink acmeLink = status.enablePublicPage(acme.id());
        PublicPageLink globexLink = status.enablePublicPage(globex.id());
        Fixtures.signInAs(otherAdmin);
        status.override(otherApi.id(), LiveState.MAJOR_OUTAGE, "Other agency note", null);
        PublicPageLink otherLink = status.enablePublicPage(otherClient.id());
        Fixtures.signOut();

        MvcResult acmePage = mvc.perform(get(acmeLink.path()).with(from("10.0.0.1")))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")))
            .andExpect(header().exists("ETag"))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn();
        String html = acmePage.getResponse().getContentAsString();
        assertThat(html).contains(acme.name(), acmeApi.name(), "Acme sync paused",
                "We paused the sync while the provider recovered.", "All integrations operational",
                "uptime over the last 90 days");
        assertThat(html).doesNotContain(globex.name(), globexApi.name(), "Globex", "Acme internal only",
                otherClient.name(), otherApi.name(), "Other agency note", "consent", "NPS");
        assertThat(acmePage.getRequest().getSession(false)).isNull();

        String globexHtml = mvc.perform(get(globexLink.path()).with(from("10.0.0.2")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(globexHtml).contains("Globex note", "Major outage of " + globexApi.name())
            .doesNotContain(acmeApi.name(), "Acme");
        String otherHtml = mvc.perform(get(otherLink.path()).with(from("10.0.0.3")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(otherHtml).contains(otherApi.name()).doesNotContain(acme.name(), globex.name());

        String etag = acmePage.getResponse().getHeader("ETag");
        mvc.perform(get(acmeLink.path()).header("If-None-Match", etag).with(from("10.0.0.1")))
            .andExpect(status().isNotModified());
    }

    @Test
    void a_revoked_unknown_or_malformed_token_answers_404_and_a_new_address_ends_the_old_one() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        fixtures.anIntegration(agency, client);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        PublicPageLink first = status.enablePublicPage(client.id());
        assertThat(first.token()).hasSize(43);
        Fixtures.signOut();
        mvc.perform(get(first.path()).with(from("10.0.1.1"))).andExpect(status().isOk());

        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        PublicPageLink second = status.enablePublicPage(client.id());
        Fixtures.signOut();
        mvc.perform(get(first.path()).with(from("10.0.1.1"))).andExpect(status().isNotFound());
        mvc.perform(get(second.path()).with(from("10.0.1.1"))).andExpect(status().isOk());

        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        status.revokePublicPage(client.id());
        assertThat(status.publicPage(client.id()).enabled()).isFalse();
        Fixtures.signInAs(fixtures.ownerOf(agency));
        assertThat(audit.count(new AuditFilter(null, AuditAction.STATUS_PAGE_REVOKED, null, null))).isOne();
        assertThat(audit.count(new AuditFilter(null, AuditAction.STATUS_PAGE_ENABLED, null, null))).isEqualTo(2);
        Fixtures.signOut();
        mvc.perform(get(second.path()).with(from("10.0.1.1")))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/status/" + "A".repeat(43)).with(from("10.0.1.1"))).andExpect(status().isNotFound());
        mvc.perform(get("/status/short").with(from("10.0.1.1"))).andExpect(status().isNotFound());
    }

    @Test
    void only_agency_owners_and_admins_turn_the_public_page_on_and_it_is_off_by_default() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        TestUser otherAdmin = fixtures.aUser(fixtures.anAgency(), Role.ADMIN);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        assertThat(status.publicPage(client.id()).enabled()).isFalse();
        assertThatThrownBy(() -> status.enablePublicPage(client.id())).isInstanceOf(AccessDeniedException.class);
        Fixtures.signInAs(clientAdmin);
        assertThatThrownBy(() -> status.enablePublicPage(client.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> status.publicPage(client.id())).isInstanceOf(AccessDeniedException.class);
        Fixtures.signInAs(otherAdmin);
        assertThatThrownBy(() -> status.enablePublicPage(client.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_public_page_is_rate_limited_per_address() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        PublicPageLink link = status.enablePublicPage(client.id());
        Fixtures.signOut();
        String address = "10.9." + (int) (Math.random() * 250) + ".7";
        int admitted = 0;
        for (int i = 0; i < 40; i++) {
            int code = mvc.perform(get("/status/" + "B".repeat(43)).with(from(address)))
                .andReturn()
                .getResponse()
                .getStatus();
            if (code == 404) {
                admitted++;
            }
            else {
                assertThat(code).isEqualTo(429);
            }
        }
        assertThat(admitted).isBetween(20, 22);
        mvc.perform(get(link.path()).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"));
        mvc.perform(get(link.path()).with(from("10.8.0.1"))).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ClientDetails aClientIn(TestAgency agency, ZoneId zone) {
        return agency.scope()
            .call(() -> clients
                .create(new ClientDraft(Fixtures.unique("Client"), null, Industry.SAAS, zone, "#123456")));
    }

    private static List<Observation> calls(IntegrationDetails integration, Instant at, int total, int failed) {
        return calls(integration.id(), at, total, failed);
    }

    private static List<Observation> calls(IntegrationId integration, Instant at, int total, int failed) {
        List<Observation> batch = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean bad = i < failed;
            batch.add(new Observation(integration, at.plusMillis(i), Source.API, "sync", bad ? 429 : 200, 120,
                    bad ? FailureClass.THROTTLED : null, false));
        }
        return batch;
    }

}
