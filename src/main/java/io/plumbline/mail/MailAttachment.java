package io.plumbline.mail;

import java.util.Objects;

/** A file sent with a message, e.g. a PDF report. */
public record MailAttachment(String filename, String contentType, byte[] content) {
    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
