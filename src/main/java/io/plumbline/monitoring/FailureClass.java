package io.plumbline.monitoring;

/** Why a check is down, coarse enough to group incidents and pick whom to tell. */
public enum FailureClass {

    TIMEOUT, CONNECTION, TLS,
    /** 5xx. */
    SERVER_ERROR,
    /** 401 or 403. */
    AUTH,
    /** 429. */
    THROTTLED,
    /** Any other 4xx. */
    CLIENT_ERROR,
    /** A status, redirect, latency, header, JSONPath or JSON-syntax assertion failed. */
    ASSERTION_FAILED, SCHEMA_VIOLATION,
    /** The URL points at an address the outbound guard refuses; no request was sent. */
    BLOCKED_URL;

    /** Whether another attempt may see a different answer. */
    public boolean transientFailure() {
        return this == TIMEOUT || this == CONNECTION || this == SERVER_ERROR || this == THROTTLED;
    }

}
