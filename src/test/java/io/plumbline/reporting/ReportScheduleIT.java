package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.icegreen.greenmail.util.GreenMail;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.reporting.internal.ReportDelivery;
import io.plumbline.reporting.internal.ReportDeliveryRepository;
import io.plumbline.reporting.internal.ReportSchedule;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.reporting.internal.ScheduleRuns;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Scheduled reports by mail through a real SMTP server (GreenMail). */
@PostgresIntegrationTest
// Its SMTP settings make a context of its own: closed afterwards so it holds no database
// connections.
@org.springframework.test.annotation.DirtiesContext
class ReportScheduleIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final LocalSmtp LOCAL_SMTP = new LocalSmtp();
    static final GreenMail SMTP = LOCAL_SMTP.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LOCAL_SMTP.register(registry);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReportScheduleService schedules;

    @Autowired
    ReportService reports;

    @Autowired
    ScheduleRuns runs;

    @Autowired
    ReportDelivery delivery;

    @Autowired
    ReportDeliveryRepository deliveryRows;

    @Autowired
    SchedulerClient schedulerClient;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @Autowired
    List<Task<?>> allTasks;

    TestAgency agency;

    ClientDetails client;

    @BeforeEach
    void aClientWithLastWeeksData() throws Exception {
        ReportFixtures data = ReportFixtures.from(context);
        SMTP.purgeEmailFromAllMailboxes();
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        data.aWeekOfData(agency, client, List.of(crm),
                ScheduleCalendar.periodReportedAt(ReportCadence.WEEKLY, BERLIN, Instant.now()));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ADMIN));
    }

    @AfterEach
    void signOutAndResetClock() {
        Fixtures.signOut();
        clock.reset();
        // This class's schedules would otherwise stay due in the database and mail a
        // later run's GreenMail.
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
            .update("DELETE FROM scheduled_tasks WHERE task_name LIKE 'report-%'");
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    @Test
    void two_nodes_running_the_due_schedule_send_every_recipient_exactly_one_mail() throws Exception {
        List<String> recipients = List.of("ceo@client.test", "cto@client.test", "ops@client.test");
        ScheduleDetails schedule = schedules.create(
                new ScheduleDraft(client.id(), ReportCadence.WEEKLY, BERLIN, LocalTime.of(8, 0), recipients, false));
        // Due now: both nodes (and the application's own scheduler) see the same due
        // execution.
        schedulerClient.reschedule(
                TaskInstanceId.of(ReportSchedule.SCHEDULE_RUN.getTaskName(), schedule.id().toString()), Instant.now());
        List<Task<?>> tasks = allTasks.stream().filter(t -> t.getName().startsWith("report-")).toList();
        Scheduler nodeA = Scheduler.create(dataSource, tasks)
            .threads(4)
            .pollingInterval(Duration.ofMillis(200))
            .build();
        Scheduler nodeB = Scheduler.create(dataSource, tasks)
            .threads(4)
            .pollingInterval(Duration.ofMillis(200))
            .build();
        try {
            nodeA.start();
            nodeB.start();
            // Asserted rather than polled, so that a timeout shows each delivery's state,
            // attempts, next attempt and last error (it timed out once in CI,
            // undiagnosed).
            await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .pollInSameThread()
                .untilAsserted(() -> assertThat(deliveriesOf(schedule)).hasSize(3)
                    .allMatch(d -> d.state() == DeliveryState.SENT));
        }
        finally {
            nodeA.stop();
            nodeB.stop();
        }
        // A restart that runs the same due run again finds the report and the deliveries
        // and adds nothing.
        ReportDetails report = reports.list(Optional.of(client.id())).getFirst();
        runs.run(agency.id(), schedule.id(), report.period().end().atTime(8, 0).atZone(BERLIN).toInstant());

        MimeMessage[] mails = SMTP.getReceivedMessages();
        Map<String, Long> perRecipient = Arrays.stream(mails)
            .collect(Collectors.groupingBy(ReportScheduleIT::to, Collectors.counting()));
        assertThat(perRecipient).containsOnlyKeys(recipients).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
        assertThat(deliveriesOf(schedule)).hasSize(3);
        assertThat(reports.list(Optional.of(client.id()))).hasSize(1);
        assertThat(mails[0].getSubject()).contains(client.name()).contains("integration report");
        MimeMultipart parts = (MimeMultipart) mails[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).endsWith(".pdf");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
    }

    @Test
    void a_failed_smtp_attempt_is_logged_and_retried_with_backoff_until_the_server_is_back() {
        clock.advance(Duration.ofHours(2)); // the real scheduler runs on wall-clock time
                                            // and leaves these alone
        ScheduleDetails schedule = schedules.create(new ScheduleDraft(client.id(), ReportCadence.WEEKLY, BERLIN,
                LocalTime.of(8, 0), List.of("ceo@client.test"), false));
        SMTP.stop();

        runs.run(agency.id(), schedule.id(), clock.instant());
        DeliveryDetails queued = deliveriesOf(schedule).getFirst();
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Instant> retry = delivery.attempt(agency.id(), queued.id());
        Instant after = clock.instant();
        DeliveryDetails failed = deliveriesOf(schedule).getFirst();
        Optional<Instant> tooEarly = delivery.attempt(agency.id(), queued.id());

        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(retry).contains(failed.nextAttemptAt());
        assertThat(failed.nextAttemptAt()).isBetween(before.plusSeconds(30), after.plusSeconds(30)); // first
                                                                                                     // backoff
                                                                                                     // step
        assertThat(tooEarly).isEqualTo(retry);
        assertThat(deliveriesOf(schedule).getFirst().attempts()).isEqualTo(1);

        SMTP.start();
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.attempt(agency.id(), queued.id())).isEmpty();

        DeliveryDetails sent = deliveriesOf(schedule).getFirst();
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_report_under_review_is_neither_sent_nor_in_the_portal_until_an_admin_approves_it() {
        clock.advance(Duration.ofHours(2));
        Fixtures.signOut(); // users are created by the fixtures, not by the signed-in
                            // admin
        Fixtures.TestUser clientAdmin = fixtures.aClientUser(agency, client, Role.CLIENT_ADMIN);
        Fixtures.TestUser clientViewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.TestUser admin = fixtures.aUser(agency, Role.ADMIN);
        Fixtures.signInAs(admin);
        ScheduleDetails schedule = schedules.create(new ScheduleDraft(client.id(), ReportCadence.WEEKLY, BERLIN,
                LocalTime.of(8, 0), List.of("ceo@client.test"), true));

        runs.run(agency.id(), schedule.id(), clock.instant());
        ReportDetails report = schedules.awaitingReview().getFirst();
        DeliveryDetails waiting = deliveriesOf(schedule).getFirst();
        assertThat(waiting.state()).isEqualTo(DeliveryState.AWAITING_REVIEW);
        assertThat(delivery.attempt(agency.id(), waiting.id())).isEmpty();
        Fixtures.signInAs(clientAdmin);
        assertThat(reports.list(Optional.empty())).isEmpty();
        assertThat(reports.download(report.id())).isEmpty();
        assertThatThrownBy(() -> schedules.approve(report.id()))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Fixtures.signInAs(admin);

        schedules.approve(report.id());
        delivery.attempt(agency.id(), waiting.id());

        assertThat(deliveriesOf(schedule).getFirst().state()).isEqualTo(DeliveryState.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        Fixtures.signInAs(clientViewer);
        assertThat(reports.list(Optional.empty())).extracting(ReportDetails::id).containsExactly(report.id());
    }

    @Test
    void the_next_run_keeps_the_local_send_time_across_a_dst_change() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ScheduleDetails schedule = schedules.create(new ScheduleDraft(client.id(), ReportCadence.WEEKLY, newYork,
                LocalTime.of(8, 0), List.of("ceo@client.test"), false));
        assertThat(schedule.nextRunAt()).isEqualTo(
                ScheduleCalendar.nextRun(ReportCadence.WEEKLY, LocalTime.of(8, 0), newYork, schedule.createdAt()));
        assertThat(schedule.nextRunAt().atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        // The Monday before DST starts in New York (14 March 2027) runs at 13:00 UTC, the
        // Monday after at 12:00 UTC.
        Instant beforeDst = ZonedDateTime.of(2027, 3, 8, 8, 0, 0, 0, newYork).toInstant();

        Optional<Instant> next = runs.run(agency.id(), schedule.id(), beforeDst);

        assertThat(beforeDst).isEqualTo(Instant.parse("2027-03-08T13:00:00Z"));
        assertThat(next).contains(Instant.parse("2027-03-15T12:00:00Z"));
        assertThat(schedules.list().getFirst().nextRunAt()).isEqualTo(Instant.parse("2027-03-15T12:00:00Z"));
        assertThat(reports.list(Optional.of(client.id()))).extracting(r -> r.period().start().toString())
            .containsExactly("2027-03-01");
    }

    @Test
    void the_executive_reports_schedule_mails_the_portfolio_pdf_to_its_recipients() throws Exception {
        clock.advance(Duration.ofHours(2));
        ScheduleDetails schedule = schedules.create(ScheduleDraft.executive(ReportCadence.MONTHLY, ZoneId.of("UTC"),
                LocalTime.of(7, 0), List.of("ceo@agency.test"), false));
        assertThat(schedule.kind()).isEqualTo(ReportKind.EXECUTIVE);
        assertThat(schedule.client()).isEmpty();

        runs.run(agency.id(), schedule.id(), clock.instant());
        DeliveryDetails queued = deliveriesOf(schedule).getFirst();
        assertThat(delivery.attempt(agency.id(), queued.id())).isEmpty();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(to(mails[0])).isEqualTo("ceo@agency.test");
        assertThat(mails[0].getSubject()).contains(agency.name()).contains("executive report");
        var attachment = ((MimeMultipart) mails[0].getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).contains("-executive-report-");
        assertThat(ClientReportIT.text(attachment.getInputStream().readAllBytes())).contains("Executive report")
            .contains(client.name());
        assertThat(deliveriesOf(schedule).getFirst().client()).isEmpty();
    }

    @Test
    void a_schedule_names_a_client_for_a_client_report_and_none_for_the_executive_report() {
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft(null, ReportCadence.MONTHLY, BERLIN,
                LocalTime.of(9, 0), List.of("ceo@client.test"), false)))
            .isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("client"));
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft(client.id(), ReportCadence.MONTHLY, BERLIN,
                LocalTime.of(9, 0), List.of("ceo@client.test"), false, ReportKind.EXECUTIVE)))
            .isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("client"));
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    void an_edited_schedule_runs_at_its_new_time_and_a_deleted_one_sends_nothing_but_keeps_its_reports() {
        clock.advance(Duration.ofHours(2));
        ScheduleDetails schedule = schedules.create(new ScheduleDraft(client.id(), ReportCadence.WEEKLY, BERLIN,
                LocalTime.of(8, 0), List.of("ceo@client.test"), false));

        ScheduleDetails edited = schedules.update(schedule.id(),
                new ScheduleDraft(null, ReportCadence.MONTHLY, ZoneId.of("America/New_York"), LocalTime.of(9, 30),
                        List.of("cfo@client.test", "ceo@client.test"), true));

        assertThat(edited.client()).contains(client.id());
        assertThat(edited.recipients()).containsExactly("cfo@client.test", "ceo@client.test");
        assertThat(edited.nextRunAt()).isEqualTo(ScheduleCalendar.nextRun(ReportCadence.MONTHLY, LocalTime.of(9, 30),
                ZoneId.of("America/New_York"), clock.instant()));
        var planned = schedulerClient
            .getScheduledExecution(
                    TaskInstanceId.of(ReportSchedule.SCHEDULE_RUN.getTaskName(), schedule.id().toString()))
            .orElseThrow();
        assertThat(planned.getExecutionTime()).isEqualTo(edited.nextRunAt());
        assertThatThrownBy(() -> schedules.update(schedule.id(),
                new ScheduleDraft(null, ReportCadence.MONTHLY, BERLIN, LocalTime.of(9, 30), List.of(), false)))
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("recipients"));

        runs.run(agency.id(), schedule.id(), clock.instant());
        ReportDetails report = schedules.awaitingReview().getFirst();
        schedules.delete(schedule.id());

        assertThat(schedules.list()).isEmpty();
        assertThat(deliveriesOf(schedule)).isEmpty();
        assertThat(reports.find(report.id())).isPresent();
        assertThat(runs.run(agency.id(), schedule.id(), clock.instant())).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void bad_recipients_are_refused_with_the_field_named_and_nothing_stored() {
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft(client.id(), ReportCadence.MONTHLY, BERLIN,
                LocalTime.of(9, 0), List.of("ceo@client.test", "not an address"), false)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("not an address")
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("recipients"));
        assertThat(schedules.list()).isEmpty();
    }

    private List<DeliveryDetails> deliveriesOf(ScheduleDetails schedule) {
        return schedules.deliveries().stream().filter(d -> d.schedule().equals(schedule.id())).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for background work to finish (at most a minute), polling on this thread,
     * which holds the tenant.
     */
    private static void waitUntil(Callable<Boolean> done) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).pollInSameThread().until(done);
    }

}
