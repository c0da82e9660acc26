package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.reporting.internal.ReportDelivery;
import io.plumbline.reporting.internal.ReportGeneration;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.reporting.internal.ScheduleRuns;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class ReportServiceIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReportService reports;

    @Autowired
    ReportGeneration generation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportScheduleService schedules;

    @Autowired
    ScheduleRuns runs;

    @Autowired
    ReportDelivery delivery;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails otherClientsCrm;

    ReportPeriod lastWeek;

    @BeforeEach
    void twoClientsWithAWeekOfData() {
        ReportFixtures data = ReportFixtures.from(context);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        lastWeek = ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, BERLIN, Instant.now());
        data.aWeekOfData(agency, client, List.of(crm), lastWeek);
        data.aWeekOfData(agency, otherClient, List.of(otherClientsCrm), lastWeek);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_analyst_asks_for_a_report_which_runs_in_the_background_and_is_then_downloadable() throws IOException {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));
        ReportDetails requested = reports.request(client.id(), lastWeek);
        assertThat(requested.state()).isEqualTo(ReportState.RUNNING);

        assertThat(generation.generate(agency.id(), requested.id())).contains(ReportState.READY);
        // A second run (the scheduler on another node, a retry) finds it READY and draws
        // nothing.
        assertThat(generation.generate(agency.id(), requested.id())).contains(ReportState.READY);

        ReportDetails ready = reports.find(requested.id()).orElseThrow();
        ReportFile file = reports.download(requested.id()).orElseThrow();
        assertThat(ready.state()).isEqualTo(ReportState.READY);
        assertThat(ready.pages()).isEqualTo(new PdfReader(file.pdf()).getNumberOfPages()).isGreaterThan(2);
        assertThat(ready.sizeBytes()).isEqualTo(file.pdf().length);
        assertThat(file.fileName())
            .endsWith("-report-%s-%s.pdf".formatted(lastWeek.start(), lastWeek.end().minusDays(1)));
        assertThat(ClientReportIT.text(file.pdf())).contains(client.name()).doesNotContain(otherClientsCrm.name());
        assertThat(reports.list(Optional.of(client.id()))).extracting(ReportDetails::id)
            .containsExactly(requested.id());
    }

    @Test
    void a_client_user_downloads_only_their_own_finished_reports() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        ReportDetails own = reports.request(client.id(), lastWeek);
        ReportDetails others = reports.request(otherClient.id(), lastWeek);
        generation.generate(agency.id(), own.id());
        generation.generate(agency.id(), others.id());
        UUID ownRunning = aRunningReport();
        Fixtures.signOut();

        Fixtures.signInAs(fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER));

        assertThat(reports.list(Optional.empty())).extracting(ReportDetails::id).containsExactly(own.id());
        assertThat(reports.list(Optional.of(otherClient.id()))).extracting(ReportDetails::id).containsExactly(own.id());
        assertThat(reports.download(own.id())).isPresent();
        assertThat(reports.find(others.id())).isEmpty();
        assertThat(reports.download(others.id())).isEmpty();
        assertThat(reports.download(new ReportId(UUID.randomUUID()))).isEmpty();
        assertThat(reports.find(new ReportId(ownRunning))).as("still running").isEmpty();
        assertThatThrownBy(() -> reports.request(client.id(), lastWeek)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_agency_cannot_see_list_or_guess_a_report() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        ReportDetails own = reports.request(client.id(), lastWeek);
        generation.generate(agency.id(), own.id());
        Fixtures.signOut();

        TestAgency stranger = fixtures.anAgency();
        Fixtures.signInAs(fixtures.ownerOf(stranger));

        assertThat(reports.list(Optional.empty())).isEmpty();
        assertThat(reports.find(own.id())).isEmpty();
        assertThat(reports.download(own.id())).isEmpty();
        assertThatThrownBy(() -> reports.request(client.id(), lastWeek)).hasMessageContaining("No such client");
        assertThat(stranger.scope().call(() -> generation.generate(stranger.id(), own.id()))).isEmpty();
    }

    @Test
    void row_level_security_shows_a_client_only_its_own_ready_reports_and_documents() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        ReportDetails own = reports.request(client.id(), lastWeek);
        ReportDetails others = reports.request(otherClient.id(), lastWeek);
        generation.generate(agency.id(), own.id());
        generation.generate(agency.id(), others.id());
        UUID ownRunning = aRunningReport();
        Fixtures.signOut();

        TenantScope asClient = new TenantScope(agency.id(), client.id());
        List<UUID> reportsSeen = CurrentTenant.callAs(asClient,
                () -> inTransaction(() -> jdbc.queryForList("SELECT id FROM report", UUID.class)));
        List<UUID> documentsSeen = CurrentTenant.callAs(asClient,
                () -> inTransaction(() -> jdbc.queryForList("SELECT report_id FROM report_document", UUID.class)));
        List<UUID> asAgency = agency.scope()
            .call(() -> inTransaction(() -> jdbc.queryForList("SELECT id FROM report", UUID.class)));

        assertThat(reportsSeen).containsExactly(own.id().value());
        assertThat(documentsSeen).containsExactly(own.id().value());
        assertThat(asAgency).containsExactlyInAnyOrder(own.id().value(), others.id().value(), ownRunning);
        assertThatThrownBy(() -> CurrentTenant.callAs(asClient,
                () -> inTransaction(
                        () -> jdbc.update("UPDATE report SET requested_by = 'client' WHERE id = ?", own.id().value()))))
            .rootCause()
            .hasMessageContaining("violates row-level security policy");
        assertThat(agency.scope()
            .call(() -> inTransaction(() -> jdbc.queryForObject("SELECT requested_by FROM report WHERE id = ?",
                    String.class, own.id().value()))))
            .isNotEqualTo("client");
    }

    @Test
    void a_period_that_has_not_begun_is_refused_with_the_field_named() {
        Fixtures.signInAs(fixtures.ownerOf(agency));
        LocalDate nextMonth = LocalDate.now(BERLIN).plusMonths(1).withDayOfMonth(1);

        assertThatThrownBy(
                () -> reports.request(client.id(), new ReportPeriod(nextMonth, nextMonth.plusMonths(1), BERLIN)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("not begun");
        assertThat(reports.list(Optional.empty())).isEmpty();
    }

    /**
     * A report some node is still drawing: written directly, so no scheduler can finish
     * it during the test.
     */
    private UUID aRunningReport() {
        UUID id = UUID.randomUUID();
        agency.scope()
            .run(() -> inTransaction(() -> jdbc.update(
                    "INSERT INTO report (id, agency_id, client_id, "
                            + "period_start, period_end, time_zone, state, requested_by, requested_at) "
                            + "VALUES (?, ?, ?, ?, ?, 'Europe/Berlin', 'RUNNING', 'test', now())",
                    id, agency.id().value(), client.id().value(), lastWeek.start().minusWeeks(1), lastWeek.start())));
        return id;
    }

    @Test
    void without_smtp_a_scheduled_mail_is_held_in_the_outbox_for_the_admin() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
        clock.advance(Duration.ofHours(2)); // the real scheduler leaves this
                                            // delivery to the test
        try {
            ScheduleDetails schedule = schedules.create(new ScheduleDraft(client.id(), ReportCadence.WEEKLY, BERLIN,
                    LocalTime.of(8, 0), List.of("ceo@client.test"), false));
            runs.run(agency.id(), schedule.id(), clock.instant());
            DeliveryDetails queued = schedules.deliveries().getFirst();

            assertThat(delivery.attempt(agency.id(), queued.id())).isEmpty();

            assertThat(schedules.outbox()).singleElement().satisfies(held -> {
                assertThat(held.recipient()).isEqualTo("ceo@client.test");
                assertThat(held.state()).isEqualTo(DeliveryState.HELD);
                assertThat(held.attempts()).isZero();
                assertThat(held.lastError()).isEqualTo("Held in the outbox: no mail server is set up");
            });
        }
        finally {
            clock.reset();
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

}
