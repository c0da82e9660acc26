package io.plumbline.alerting;

/**
 * PENDING: waiting for its (next) attempt, possibly until quiet hours end; HELD: an
 * e-mail kept because no SMTP server is configured, released once there is one;
 * DELIVERED; FAILED: gave up after the last attempt.
 */
public enum NotificationState {

    PENDING, HELD, DELIVERED, FAILED

}
