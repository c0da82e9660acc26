package io.plumbline.mail;

/**
 * The SMTP server refused the message or could not be reached; {@code smtpCode} is its
 * reply code when it sent one.
 */
public class MailFailure extends RuntimeException {

    private final Integer smtpCode;

    public MailFailure(String message, Integer smtpCode, Throwable cause) {
        super(message, cause);
        this.smtpCode = smtpCode;
    }

    public Integer smtpCode() {
        return smtpCode;
    }

}
