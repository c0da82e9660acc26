package io.plumbline.mail;

import java.util.List;
import java.util.Objects;

/**
 * One message. {@code messageKey} becomes the Message-ID, so a message re-sent after a
 * crash between sending and recording it carries the same id and mail clients can fold
 * the copies.
 */
public record OutgoingMail(List<String> to, String subject, String text, String messageKey,
        List<MailAttachment> attachments) {
    public OutgoingMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageKey, "messageKey");
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
    }

    public static OutgoingMail text(List<String> to, String subject, String text, String messageKey) {
        return new OutgoingMail(to, subject, text, messageKey, List.of());
    }
}
