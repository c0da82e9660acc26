package io.plumbline.alerting;

import java.time.Instant;

/**
 * One try to deliver a notification: {@code statusCode} is the HTTP status or SMTP reply
 * code, when there was one.
 */
public record DeliveryAttempt(Instant at, Outcome outcome, Integer statusCode, String error) {

    public enum Outcome {

        DELIVERED, FAILED, HELD

    }
}
