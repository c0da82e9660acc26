package io.plumbline.mail;

import io.plumbline.mail.internal.MailHealth;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends one message now, or says why not. No queue here: callers keep an outbox and
 * retry, and call this outside any database transaction (a stuck SMTP server must not
 * hold pooled connections).
 * <p>
 * At most {@code plumbline.mail.max-concurrent-sends} messages go out at once, each on
 * one of as many platform threads: the caller (a db-scheduler execution on a virtual
 * thread) only parks on the result. The mail stack loads classes lazily on its first
 * messages (activation's {@code DataHandler.getCommandMap}); class loading on a virtual
 * thread pins its carrier, and with two carriers two such sends once deadlocked the
 * scheduler, so none of it runs on a virtual thread. SMTP timeouts
 * ({@code spring.mail.properties.mail.smtp.*}) bound how long one send can take.
 */
@Service
public class MailService implements DisposableBean {

    private final ObjectProvider<JavaMailSender> sender;

    private final String from;

    private final int maxConcurrentSends;

    private final Duration slotWait;

    private final Semaphore slots;

    private final ExecutorService senders;

    private final MailHealth health;

    MailService(ObjectProvider<JavaMailSender> sender, MailProperties properties, MailHealth health) {
        int maxConcurrentSends = properties.maxConcurrentSends();
        if (maxConcurrentSends < 1) {
            throw new IllegalArgumentException(
                    "plumbline.mail.max-concurrent-sends must be at least 1, not " + maxConcurrentSends);
        }
        this.sender = sender;
        this.from = properties.from();
        this.maxConcurrentSends = maxConcurrentSends;
        this.slotWait = properties.slotWait();
        this.slots = new Semaphore(maxConcurrentSends, true);
        this.senders = Executors.newFixedThreadPool(maxConcurrentSends,
                Thread.ofPlatform().name("mail-send-", 1).daemon(true).factory());
        this.health = health;
    }

    /**
     * False when {@code spring.mail.host} is not set (the embedded demo): nothing can be
     * sent.
     */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Returns once the server accepted the message.
     * @throws MailBusy when no send slot freed up within
     * {@code plumbline.mail.slot-wait}: nothing was sent
     * @throws MailFailure when the server cannot be reached, does not answer in time or
     * refuses the message
     */
    public void send(OutgoingMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MailFailure("No mail server is set up", null, null);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A send can take as long as the SMTP timeouts allow; a transaction open
            // meanwhile holds a pooled connection "idle in transaction" (all of them,
            // once enough sends hang).
            throw new IllegalStateException("Mail is sent outside database transactions: record the outcome after");
        }
        if (!takeSlot()) {
            throw new MailBusy(maxConcurrentSends, slotWait);
        }
        Future<?> sending;
        try {
            sending = senders.submit(() -> {
                try {
                    transmit(mailSender, mail);
                }
                finally {
                    slots.release();
                }
            });
        }
        catch (RejectedExecutionException shuttingDown) {
            slots.release();
            throw new MailFailure("Not sent: the application is shutting down", null, shuttingDown);
        }
        awaitOutcome(sending);
    }

    @Override
    public void destroy() {
        // Sends under way finish (their SMTP timeouts bound them); nothing new starts.
        senders.shutdown();
    }

    private boolean takeSlot() {
        try {
            return slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for the send even when interrupted (a scheduler shutting down): giving up
     * early would report "not sent" for a message the server may be accepting, and the
     * retry would send it twice.
     */
    private void awaitOutcome(Future<?> sending) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    sending.get();
                    health.sent();
                    return;
                }
                catch (InterruptedException e) {
                    interrupted = true;
                }
                catch (ExecutionException e) {
                    MailFailure failure = e.getCause() instanceof MailFailure mailFailure ? mailFailure
                            : new MailFailure(String.valueOf(e.getCause().getMessage()), null, e.getCause());
                    health.failed(failure.getMessage());
                    throw failure;
                }
            }
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void transmit(JavaMailSender mailSender, OutgoingMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            // JavaMailSenderImpl keeps a Message-ID set before sending instead of
            // generating a random one.
            message.setHeader("Message-ID", messageId(mail.messageKey()));
            MimeMessageHelper helper = new MimeMessageHelper(message,
                    !mail.attachments().isEmpty() || mail.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            if (mail.html() == null) {
                helper.setText(mail.text(), false);
            }
            else {
                helper.setText(mail.text(), mail.html());
            }
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mailSender.send(message);
        }
        catch (MessagingException | MailException e) {
            throw new MailFailure(e.getMessage(), smtpCode(e), e);
        }
    }

    private String messageId(String key) {
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "plumbline";
        return "<" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-") + "@" + domain + ">";
    }

    /**
     * The SMTP reply code somewhere in the cause chain, if the server answered at all.
     */
    private static Integer smtpCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = nextCause(cause)) {
            Integer code = returnCode(cause);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /**
     * Angus Mail's SMTP exceptions (SMTPSendFailedException, SMTPAddressFailedException)
     * carry the reply code; Angus is only on the runtime class path, so the code is read
     * by name.
     */
    private static Integer returnCode(Throwable failure) {
        try {
            return failure.getClass().getName().startsWith("org.eclipse.angus.mail.smtp.")
                    ? (Integer) failure.getClass().getMethod("getReturnCode").invoke(failure) : null;
        }
        catch (ReflectiveOperationException | ClassCastException noCode) {
            return null;
        }
    }

    private static Throwable nextCause(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        if (failure instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
            return send.getFailedMessages().values().iterator().next();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

}
