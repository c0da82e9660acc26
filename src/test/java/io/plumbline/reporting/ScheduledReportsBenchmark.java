package io.plumbline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.icegreen.greenmail.util.GreenMail;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.bench.BenchDatabase;
import io.plumbline.bench.BenchReport;
import io.plumbline.reporting.ReportBenchData.BenchClient;
import io.plumbline.reporting.internal.ReportSchedule;
import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench.clients} clients (default 1,000), each with one monthly schedule and one
 * recipient, all due at the same instant; the application's own db-scheduler runs them
 * (schedule run → report → delivery task) and mails the PDFs to a local SMTP server
 * (GreenMail). Measured: from the due instant until the server holds every mail. Each
 * client has 3 integrations with a call every {@code bench.spacing} seconds (default
 * 3,600) from a week before last month until now, a client-wide SLA with a latency
 * objective, a published incident, daily consent counts, survey answers and change-log
 * entries. Scheduler and pool settings are the application's; pass
 * {@code -Ddb-scheduler.threads=…} or {@code SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE} to
 * try others. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScheduledReportsBenchmark}.
 */
@PostgresIntegrationTest
// Its SMTP settings make a context of its own: closed afterwards so it holds no database
// connections.
@org.springframework.test.annotation.DirtiesContext
class ScheduledReportsBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 1_000);

    private static final Duration SPACING = Duration.ofSeconds(Integer.getInteger("bench.spacing", 3_600));

    private static final int BUILDERS = Integer.getInteger("bench.builders", 4);

    private static final Duration GIVE_UP = Duration.ofMinutes(Integer.getInteger("bench.minutes", 20));

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final LocalSmtp LOCAL_SMTP = new LocalSmtp();

    private static final GreenMail SMTP = LOCAL_SMTP.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LOCAL_SMTP.register(registry);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReportScheduleService schedules;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment environment;

    @Test
    void a_thousand_scheduled_reports_due_at_once_are_generated_and_mailed() throws Exception {
        BenchReport report = new BenchReport("scheduled-reports");
        report.line("settings: db-scheduler.threads=%s, polling %s, pool %s".formatted(
                environment.getProperty("db-scheduler.threads", "10"),
                environment.getProperty("db-scheduler.polling-interval", "10s"),
                environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10")));
        ReportBenchData data = ReportBenchData.from(context);
        TestAgency agency = data.anAgencySharingSatisfaction();
        ReportPeriod period = ScheduleCalendar.periodReportedAt(ReportCadence.MONTHLY, BERLIN, Instant.now());
        long started = System.nanoTime();
        List<ScheduleDetails> created = Collections.synchronizedList(new ArrayList<>());
        AtomicLong calls = new AtomicLong();
        // A few builders at once: building is mostly round trips to the database.
        try (var builders = Executors.newFixedThreadPool(BUILDERS)) {
            List<Future<?>> built = new ArrayList<>();
            for (int n = 0; n < CLIENTS; n++) {
                int index = n;
                built.add(builders.submit(() -> {
                    BenchClient client = data.aClient(agency, period, new ReportBenchData.Size(3, SPACING, 1, 1, 8),
                            index);
                    calls.addAndGet(client.calls());
                    String recipient = "reports-%d@client-%d.test".formatted(index, index);
                    created.add(agency.scope()
                        .call(() -> schedules.create(new ScheduleDraft(client.client().id(), ReportCadence.MONTHLY,
                                BERLIN, LocalTime.of(8, 0), List.of(recipient), false))));
                }));
            }
            for (var future : built) {
                future.get();
            }
        }
        report
            .line("data: %,d clients × 3 integrations, %,d calls (one per %d s from %s until now), 1 SLA, 1 incident, "
                .formatted(CLIENTS, calls.get(), SPACING.toSeconds(), period.start().minusDays(7))
                    + "8 survey answers each; %,d monthly schedules with one recipient; built in %.0f s"
                        .formatted(created.size(), (System.nanoTime() - started) / 1e9));
        report.line("VACUUM ANALYZE as the owner (what autovacuum does for a running database): %.0f s"
            .formatted(BenchDatabase.vacuumAnalyze(environment)));

        // Every run due at one instant, a little ahead so that all are rescheduled before
        // it.
        Instant due = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        for (ScheduleDetails schedule : created) {
            scheduler.reschedule(TaskInstanceId.of(ReportSchedule.SCHEDULE_RUN.getTaskName(), schedule.id().toString()),
                    due);
        }
        report.line("all %,d runs due at %s (rescheduled with %.0f s to spare); load average %s".formatted(
                created.size(), due, Duration.between(Instant.now(), due).toMillis() / 1e3, BenchReport.loadAverage()));
        // The CPU time is read at the due instant: the scheduler starts nothing before
        // it.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuAtDue = os.getProcessCpuTime();

        Instant giveUp = due.plus(GIVE_UP);
        Instant nextLine = due.plusSeconds(30);
        int received = 0;
        while (received < CLIENTS && Instant.now().isBefore(giveUp)) {
            SMTP.waitForIncomingEmail(500, CLIENTS); // returns as soon as the last mail
                                                     // is in
            received = SMTP.getReceivedMessages().length;
            if (Instant.now().isAfter(nextLine)) {
                report.line("  +%3d s: %,d reports ready, %,d mails received; load average %s".formatted(
                        Duration.between(due, Instant.now()).toSeconds(), readyReports(agency), received,
                        BenchReport.loadAverage()));
                nextLine = nextLine.plusSeconds(30);
            }
        }
        Duration elapsed = Duration.between(due, Instant.now());
        double jvmCores = (os.getProcessCpuTime() - cpuAtDue) / 1e9 / (elapsed.toMillis() / 1e3);
        report.line("%,d of %,d mails received %.1f s after the due instant; JVM %.2f cores; load average %s"
            .formatted(received, CLIENTS, elapsed.toMillis() / 1e3, jvmCores, BenchReport.loadAverage()));
        report.line(timeline(agency, due));
        report.save();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        Set<String> recipients = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage mail : mails) {
            recipients.add(mail.getAllRecipients()[0].toString());
            messageIds.add(mail.getMessageID());
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
            assertThat(parts.getBodyPart(1).getFileName()).endsWith(".pdf");
        }
        assertThat(mails).hasSize(CLIENTS);
        assertThat(recipients).hasSize(CLIENTS);
        assertThat(messageIds).hasSize(CLIENTS);
        assertThat(deliveryStates(agency)).containsExactly(Map.entry("SENT", (long) CLIENTS));
    }

    private long readyReports(TestAgency agency) {
        return asAgency(agency,
                () -> jdbc.queryForObject("SELECT count(*) FROM report WHERE agency_id = ? AND state = 'READY'",
                        Long.class, agency.id().value()));
    }

    private Map<String, Long> deliveryStates(TestAgency agency) {
        return asAgency(agency, () -> {
            Map<String, Long> states = new TreeMap<>();
            jdbc.query(
                    "SELECT state, count(*) AS n, max(attempts) AS attempts FROM report_delivery WHERE agency_id = ? "
                            + "GROUP BY state",
                    rs -> {
                        states.put(rs.getString("state"), rs.getLong("n"));
                        assertThat(rs.getInt("attempts")).as("attempts of a delivery").isEqualTo(1);
                    }, agency.id().value());
            return states;
        });
    }

    /**
     * When reports were finished and mails sent, as seconds after the due instant (from
     * the stored times).
     */
    private String timeline(TestAgency agency, Instant due) {
        return asAgency(agency,
                () -> jdbc.queryForObject(
                        """
                                SELECT format('reports finished after p50 %s s, max %s s; mails sent after p50 %s s, max %s s',
                                    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.finished_at - ?))::numeric, 1),
                                    round(max(extract(epoch FROM r.finished_at - ?))::numeric, 1),
                                    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.sent_at - ?))::numeric, 1),
                                    round(max(extract(epoch FROM d.sent_at - ?))::numeric, 1))
                                FROM report r JOIN report_delivery d ON d.report_id = r.id WHERE r.agency_id = ?
                                """,
                        String.class, timestamp(due), timestamp(due), timestamp(due), timestamp(due),
                        agency.id().value()));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Plain SQL under row-level security: in a transaction with the agency as tenant. */
    private <T> T asAgency(TestAgency agency, Supplier<T> query) {
        return CurrentTenant.callAs(TenantScope.agency(agency.id()),
                () -> new TransactionTemplate(transactionManager).execute(status -> query.get()));
    }

}
