package io.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.plumbline.mail.internal.MailHealth;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class MailServiceTest {

    /**
     * An SMTP sender that records on which thread it sends, and can be made to hang until
     * released or to refuse.
     */
    static final class RecordingSender extends JavaMailSenderImpl {

        final List<Thread> sendingThreads = new CopyOnWriteArrayList<>();

        final AtomicInteger sending = new AtomicInteger();

        final AtomicInteger mostAtOnce = new AtomicInteger();

        final CountDownLatch release = new CountDownLatch(1);

        volatile boolean hang;

        volatile boolean refuse;

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            sendingThreads.add(Thread.currentThread());
            mostAtOnce.accumulateAndGet(sending.incrementAndGet(), Math::max);
            try {
                if (hang) {
                    release.await(30, TimeUnit.SECONDS);
                }
                if (refuse) {
                    throw new MailSendException("550 mailbox unavailable");
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                sending.decrementAndGet();
            }
        }

    }

    final RecordingSender smtp = new RecordingSender();

    final MailHealth health = new MailHealth(provider(smtp), Clock.systemUTC());

    final MailService mail = new MailService(provider(smtp),
            new MailProperties("plumbline@agency.test", 2, Duration.ofMillis(200)), health);

    final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void tearDown() {
        smtp.release.countDown();
        callers.shutdownNow();
        mail.destroy();
    }

    @Test
    void a_send_called_on_a_virtual_thread_runs_on_a_platform_thread() throws Exception {
        callers.submit(() -> mail.send(aMessage("one"))).get();

        assertThat(smtp.sendingThreads).singleElement().satisfies(thread -> {
            assertThat(thread.isVirtual()).isFalse();
            assertThat(thread.getName()).startsWith("mail-send-");
        });
    }

    @Test
    void no_more_than_the_configured_sends_run_at_once_and_a_send_finding_no_slot_gives_up_as_busy() throws Exception {
        smtp.hang = true;
        Future<?> first = callers.submit(() -> mail.send(aMessage("first")));
        Future<?> second = callers.submit(() -> mail.send(aMessage("second")));
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.sending.get() == 2);

        assertThatThrownBy(() -> mail.send(aMessage("third"))).isInstanceOf(MailBusy.class)
            .hasMessageContaining("all 2 mail send slots");

        smtp.release.countDown();
        first.get();
        second.get();
        mail.send(aMessage("fourth"));
        assertThat(smtp.mostAtOnce).hasValue(2);
        assertThat(smtp.sendingThreads).hasSize(3);
    }

    @Test
    void mail_is_never_sent_inside_a_database_transaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> mail.send(aMessage("inside"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside database transactions");
        }
        finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(smtp.sendingThreads).isEmpty();
    }

    @Test
    void health_is_up_until_a_send_fails_then_degraded_until_one_goes_through_and_unknown_without_smtp() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        smtp.refuse = true;
        assertThatThrownBy(() -> mail.send(aMessage("refused"))).isInstanceOf(MailFailure.class);
        assertThat(health.health().getStatus()).isEqualTo(MailHealth.DEGRADED);
        assertThat(health.health().getDetails()).containsKey("lastError");

        smtp.refuse = false;
        mail.send(aMessage("accepted"));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        MailHealth unconfigured = new MailHealth(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                Clock.systemUTC());
        assertThat(unconfigured.health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    private static OutgoingMail aMessage(String key) {
        return OutgoingMail.text(List.of("ops@agency.test"), "Subject " + key, "Body", key);
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return beans.getBeanProvider(JavaMailSender.class);
    }

}
