package io.plumbline.alerting;

/**
 * FIRING → ACKNOWLEDGED (someone is on it) → RESOLVED (the condition cleared); FIRING may
 * resolve directly.
 */
public enum AlertState {

    FIRING, ACKNOWLEDGED, RESOLVED

}
