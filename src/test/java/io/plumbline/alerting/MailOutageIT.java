package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import io.plumbline.BrokenSmtp;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.internal.NotificationDelivery;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SMTP that accepts connections and never answers, then SMTP that hangs up after DATA,
 * then a working server. The app runs with a small pool (5 connections, 2 s to get one)
 * and 2 send slots, so that sends held inside transactions would starve everything else
 * within the test's time. Attempts are driven by hand, 8 at once as the scheduler would;
 * the clock is moved two hours ahead first, so the real scheduler leaves these notices
 * alone.
 */
@PostgresIntegrationTest
class MailOutageIT {

    static final LocalSmtp LOCAL_SMTP = new LocalSmtp();
    static final GreenMail WORKING = LOCAL_SMTP.server();
    static final String METRICS_PASSWORD = "metrics-password-for-tests";

    @DynamicPropertySource
    static void smtpAndSmallPool(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", LOCAL_SMTP::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "6000");
        registry.add("plumbline.mail.max-concurrent-sends", () -> "2");
        registry.add("plumbline.mail.slot-wait", () -> "1s");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("plumbline.metrics.password", () -> METRICS_PASSWORD);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    AlertChannelService channels;

    @Autowired
    AlertService alerts;

    @Autowired
    NotificationDelivery delivery;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    TestAgency agency;

    IntegrationDetails crm;

    String apiKey;

    int workingPort;

    @BeforeEach
    void setUp() {
        clock.advance(Duration.ofHours(2));
        agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        apiKey = agency.scope().call(() -> apiKeys.create("gateway", null)).secret();
        workingPort = mailSender.getPort();
    }

    @AfterEach
    void tearDown() {
        mailSender.setPort(workingPort);
        WORKING.stop();
        clock.reset();
    }

    @Test
    void a_silent_then_a_hanging_up_smtp_server_hold_no_transaction_and_stop_no_ingestion_and_every_notice_goes_out_once()
            throws Exception {
        List<NotificationId> notices = queueTestNotices(8);

        try (BrokenSmtp silent = BrokenSmtp.silent()) {
            mailSender.setPort(silent.port());
            List<Future<?>> attempts = attemptAllAtOnce(notices);
            await().atMost(Duration.ofSeconds(30)).until(() -> silent.open() >= 2);

            // While both send slots wait for a greeting that never comes, the API still
            // stores batches...
            for (int batch = 0; batch < 3; batch++) {
                ingestOneObservation();
            }
            // ...and no connection of the app sits in a transaction that was open before
            // the first send began.
            await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> transactionsOpenSince(silent.firstAccepted()) == 0);
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
            assertThat(silent.mostOpenAtOnce()).isBetween(1, 2);
            assertThat(states(notices)).containsOnly(NotificationState.PENDING);
            // Those that found both slots busy were put back without spending an attempt.
            assertThat(totalAttempts(notices)).isEqualTo(silent.accepted());
        }

        try (BrokenSmtp hangsUp = BrokenSmtp.dropAfterData()) {
            mailSender.setPort(hangsUp.port());
            int before = totalAttempts(notices);
            clock.advance(Duration.ofSeconds(31));
            for (Future<?> attempt : attemptAllAtOnce(notices)) {
                attempt.get();
            }
            assertThat(states(notices)).containsOnly(NotificationState.PENDING);
            assertThat(hangsUp.messagesCutOff()).isPositive().isEqualTo(totalAttempts(notices) - before);
        }

        WORKING.start();
        mailSender.setPort(workingPort);
        for (int round = 0; round < 5
                && !states(notices).stream().allMatch(NotificationState.DELIVERED::equals); round++) {
            clock.advance(Duration.ofMinutes(31));
            for (Future<?> attempt : attemptAllAtOnce(notices)) {
                attempt.get();
            }
        }
        for (Future<?> attempt : attemptAllAtOnce(notices)) { // nothing is due any more:
                                                              // nothing goes out twice
            attempt.get();
        }
        assertThat(states(notices)).containsOnly(NotificationState.DELIVERED);
        MimeMessage[] received = WORKING.getReceivedMessages();
        assertThat(received).hasSize(notices.size());
        assertThat(received).extracting(MailOutageIT::messageId)
            .doesNotHaveDuplicates()
            .allSatisfy(id -> assertThat(id).startsWith("<alert-"));
    }

    @Test
    void with_smtp_down_liveness_and_readiness_stay_up_and_the_full_health_shows_mail_degraded() throws Exception {
        List<NotificationId> notice = queueTestNotices(1); // the working server is not
                                                           // started: SMTP is down
        delivery.attempt(agency.id(), notice.getFirst());
        assertThat(states(notice)).containsOnly(NotificationState.PENDING);

        mvc.perform(get("/actuator/health/liveness"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").header("Authorization", metricsUser()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"))
            .andExpect(jsonPath("$.components.mail.status").value("DEGRADED"))
            .andExpect(jsonPath("$.components.mail.details.lastError").isNotEmpty());
    }

    private static String metricsUser() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("metrics:" + METRICS_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private List<NotificationId> queueTestNotices(int count) {
        ChannelDetails channel = agency.scope()
            .call(() -> channels.create(new ChannelDraft(Fixtures.unique("Mail"), ChannelType.EMAIL,
                    List.of("ops@agency.test"), null, null, null, null, true)));
        return IntStream.range(0, count)
            .mapToObj(i -> agency.scope().call(() -> channels.sendTest(channel.id())))
            .toList();
    }

    /**
     * One attempt per notice, all at once on virtual threads, as db-scheduler runs them;
     * returns without waiting.
     */
    private List<Future<?>> attemptAllAtOnce(List<NotificationId> notices) {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<?>> attempts = notices.stream()
            .<Future<?>>map(id -> threads.submit(() -> delivery.attempt(agency.id(), id)))
            .toList();
        threads.shutdown();
        return attempts;
    }

    private void ingestOneObservation() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        String batch = "[{\"integration\":\"%s\",\"timestamp\":\"%s\",\"status\":200,\"latencyMs\":80}]"
            .formatted(crm.key(), at);
        mvc.perform(post("/api/v1/observations").header("Authorization", "Bearer " + apiKey)
            .contentType(MediaType.APPLICATION_JSON)
            .content(batch)).andExpect(status().isOk());
    }

    /**
     * Connections of the app's role that sit idle inside a transaction begun before
     * {@code since}.
     */
    private int transactionsOpenSince(Instant since) {
        return jdbc.queryForObject(
                "select count(*) from pg_stat_activity where usename = current_user "
                        + "and datname = current_database() and state like 'idle in transaction%' and xact_start < ?",
                Integer.class, Timestamp.from(since));
    }

    private List<NotificationState> states(List<NotificationId> notices) {
        return notices.stream()
            .map(id -> agency.scope().call(() -> alerts.notification(id)).orElseThrow().state())
            .toList();
    }

    private int totalAttempts(List<NotificationId> notices) {
        return notices.stream()
            .mapToInt(id -> agency.scope().call(() -> alerts.notification(id)).orElseThrow().attempts())
            .sum();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
