package io.plumbline.mail;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message. {@code messageKey} becomes the Message-ID, so a message re-sent after a
 * crash between sending and recording it carries the same id and mail clients can fold
 * the copies.
 */
public record OutgoingMail(List<String> to, String subject, String text, String messageKey,
        List<MailAttachment> attachments, String html, Map<String, String> headers) {

    /** A plain-text message, with attachments if any. */
    public OutgoingMail(List<String> to, String subject, String text, String messageKey,
            List<MailAttachment> attachments) {
        this(to, subject, text, messageKey, attachments, null, Map.of());
    }

    /**
     * A message with a plain-text and an HTML part ({@code multipart/alternative}) and
     * extra headers such as {@code List-Unsubscribe}.
     */
    public static OutgoingMail withHtml(List<String> to, String subject, String text, String html, String messageKey,
            Map<String, String> headers) {
        return new OutgoingMail(to, subject, text, messageKey, List.of(), Objects.requireNonNull(html, "html"),
                headers);
    }

    public OutgoingMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageKey, "messageKey");
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
    }

    public static OutgoingMail text(List<String> to, String subject, String text, String messageKey) {
        return new OutgoingMail(to, subject, text, messageKey, List.of());
    }
}
