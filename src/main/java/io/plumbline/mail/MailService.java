package io.plumbline.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends one message now, or says why not. No queue here: callers keep an outbox and retry. */
@Service
public class MailService {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailService(ObjectProvider<JavaMailSender> sender, @Value("${plumbline.mail.from:plumbline@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** False when {@code spring.mail.host} is not set (the embedded demo): nothing can be sent. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** @throws MailFailure when the server cannot be reached or refuses the message */
    public void send(OutgoingMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MailFailure("No SMTP server is configured (spring.mail.host)", null, null);
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating a random one.
            message.setHeader("Message-ID", messageId(mail.messageKey()));
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mailSender.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailFailure(e.getMessage(), smtpCode(e), e);
        }
    }

    private String messageId(String key) {
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "plumbline";
        return "<" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-") + "@" + domain + ">";
    }

    /** The SMTP reply code somewhere in the cause chain, if the server answered at all. */
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
     * Angus Mail's SMTP exceptions (SMTPSendFailedException, SMTPAddressFailedException) carry the reply code; Angus is
     * only on the runtime class path, so the code is read by name.
     */
    private static Integer returnCode(Throwable failure) {
        try {
            return failure.getClass().getName().startsWith("org.eclipse.angus.mail.smtp.")
                    ? (Integer) failure.getClass().getMethod("getReturnCode").invoke(failure) : null;
        } catch (ReflectiveOperationException | ClassCastException noCode) {
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
