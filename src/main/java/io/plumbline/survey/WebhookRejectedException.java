package io.plumbline.survey;

/**
 * A webhook delivery whose signature does not verify (or whose endpoint does not exist:
 * the answer is the same, so that a caller cannot probe for endpoints). Nothing is
 * stored.
 */
public class WebhookRejectedException extends RuntimeException {

    public WebhookRejectedException(String message) {
        super(message);
    }

}
