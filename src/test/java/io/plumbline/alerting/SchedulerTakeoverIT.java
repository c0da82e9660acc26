package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.task.Task;
import com.icegreen.greenmail.util.GreenMail;
import io.plumbline.BrokenSmtp;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.DeliveryAttempt.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two more scheduler nodes on the test database, running the real alert-delivery task
 * with the app's heartbeat settings. Node A picks a notice and hangs sending it to an
 * SMTP server that never answers; then A dies (its heartbeats and polling stop, its
 * execution stays picked, its send stays stuck). Node B must take the notice over and
 * send it once. Time is the test's: the notices are due two hours ahead (the app's own
 * scheduler, on the wall clock, leaves them alone), and the clock is moved past the
 * dead-node threshold instead of waiting for it.
 */
@PostgresIntegrationTest
class SchedulerTakeoverIT {

    static final LocalSmtp LOCAL_SMTP = new LocalSmtp();
    static final GreenMail WORKING = LOCAL_SMTP.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", LOCAL_SMTP::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        // Node A's send to the silent server must outlive the test: it ends when the
        // server closes, in tearDown.
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "300000");
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
    @Qualifier("alertDelivery")
    Task<String> alertDelivery;

    @Autowired
    DataSource dataSource;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    DbSchedulerProperties settings;

    @Autowired
    JdbcTemplate jdbc;

    final BrokenSmtp silent = BrokenSmtp.silent();

    Node nodeA;

    Node nodeB;

    @AfterEach
    void tearDown() {
        if (nodeB != null) {
            nodeB.scheduler.stop();
        }
        silent.close(); // node A's stuck send fails now; the notice is delivered already,
                        // so it records nothing
        if (nodeA != null) {
            nodeA.workers.shutdownNow();
        }
        mailSender.setPort(LOCAL_SMTP.port());
        WORKING.stop();
        clock.reset();
    }

    @Test
    void the_configured_heartbeats_move_a_dead_nodes_work_to_another_node_within_two_minutes() {
        Duration heartbeat = settings.getHeartbeatInterval();
        // Dead after heartbeat × missed beats; each node looks for dead executions every
        // two heartbeats; then it
        // needs one poll to pick the revived execution.
        Duration worstCase = heartbeat.multipliedBy(settings.getMissedHeartbeatsLimit())
            .plus(heartbeat.multipliedBy(2))
            .plus(settings.getPollingInterval());
        assertThat(worstCase).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(settings.getSchedulerName()).as("a name per node: host and process id")
            .endsWith("#" + ProcessHandle.current().pid());
    }

    @Test
    void a_node_killed_mid_delivery_leaves_the_notice_to_another_node_which_sends_it_once() {
        clock.advance(Duration.ofHours(2));
        TestAgency agency = fixtures.anAgency();
        ChannelDetails channel = agency.scope()
            .call(() -> channels.create(new ChannelDraft(Fixtures.unique("Mail"), ChannelType.EMAIL,
                    List.of("ops@agency.test"), null, null, null, null, true)));
        NotificationId notice = agency.scope().call(() -> channels.sendTest(channel.id()));

        // The nodes' clock is hours ahead, so every delivery earlier test classes left
        // behind would be due for them
        // too and take their two threads; only this test's notice may be there.
        jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = 'alert-delivery' AND task_instance <> ?",
                notice.value().toString());
        mailSender.setPort(silent.port());
        nodeA = Node.start("node-a", this);
        // Node A holds the notice (the outbox names it) and is stuck sending; its worker
        // goes on hanging after the kill.
        await().atMost(Duration.ofMinutes(1))
            .until(() -> "node-a".equals(agency.scope().call(alerts::nodesAtWork).get(notice)) && silent.open() >= 1);

        nodeA.kill();
        mailSender.setPort(LOCAL_SMTP.port());
        WORKING.start();
        // Time passes beyond the dead-node threshold: node A's last heartbeat and its
        // send claim are now too old.
        clock.advance(settings.getHeartbeatInterval().multipliedBy(settings.getMissedHeartbeatsLimit()).plusSeconds(1));
        nodeB = Node.start("node-b", this);

        await().atMost(Duration.ofMinutes(2)).until(() -> state(agency, notice) == NotificationState.DELIVERED);
        assertThat(WORKING.getReceivedMessages()).filteredOn(message -> subject(message).endsWith(channel.name()))
            .hasSize(1);
        List<DeliveryAttempt> log = agency.scope().call(() -> alerts.attempts(notice));
        assertThat(log).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
            assertThat(attempt.error()).contains("cut short");
        });
        assertThat(agency.scope().call(alerts::nodesAtWork)).doesNotContainKey(notice);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NotificationState state(TestAgency agency, NotificationId notice) {
        return agency.scope().call(() -> alerts.notification(notice)).orElseThrow().state();
    }

    /**
     * One scheduler node whose threads the test owns, so that it can die without
     * finishing or unpicking anything.
     */
    private record Node(Scheduler scheduler, ExecutorService workers, ExecutorService poller,
            ScheduledExecutorService housekeeper) {

        static Node start(String name, SchedulerTakeoverIT test) {
            ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
            ExecutorService poller = Executors.newSingleThreadExecutor();
            ScheduledExecutorService housekeeper = Executors.newScheduledThreadPool(1);
            Scheduler scheduler = Scheduler.create(test.dataSource, test.alertDelivery)
                .schedulerName(new SchedulerName.Fixed(name))
                // A minute ahead of the app's clock: the notice (due at the app's "now")
                // is due for the node.
                .clock(() -> test.clock.instant().plus(Duration.ofMinutes(1)))
                .threads(2)
                .pollingInterval(test.settings.getPollingInterval())
                .heartbeatInterval(test.settings.getHeartbeatInterval())
                .missedHeartbeatsLimit(test.settings.getMissedHeartbeatsLimit())
                .executorService(workers)
                .dueExecutor(poller)
                .housekeeperExecutor(housekeeper)
                .build();
            scheduler.start();
            return new Node(scheduler, workers, poller, housekeeper);
        }

        /**
         * As a kill -9 looks from the database: no more heartbeats or polls; the running
         * execution stays picked.
         */
        void kill() {
            housekeeper.shutdownNow();
            poller.shutdownNow();
        }
    }

}
