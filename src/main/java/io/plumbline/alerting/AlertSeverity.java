package io.plumbline.alerting;

/**
 * How urgently people must act: a page wakes someone, a ticket waits for working hours.
 */
public enum AlertSeverity {

    PAGE, TICKET

}
