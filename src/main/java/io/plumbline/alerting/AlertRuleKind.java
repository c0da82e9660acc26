package io.plumbline.alerting;

/**
 * What an alert rule watches. The meaning of {@link AlertRuleSpec#threshold()} and
 * {@link AlertRuleSpec#window()} depends on the kind; each constant says how.
 */
public enum AlertRuleKind {

    /**
     * Multi-window multi-burn-rate on the SLA's error budget; threshold = burn rate,
     * window = long window.
     */
    SLO_BURN_RATE,
    /** Availability over the window below threshold (percent). */
    AVAILABILITY_BELOW,
    /** Error rate over the window above threshold (percent). */
    ERROR_RATE_ABOVE,
    /** p95 latency over the window above threshold (milliseconds). */
    LATENCY_P95_ABOVE,
    /** The last N synthetic checks failed; threshold = N. */
    CONSECUTIVE_FAILURES,
    /** A credential expires within threshold days. */
    CREDENTIAL_EXPIRY,
    /**
     * Requests over the quota period above threshold percent of the integration's
     * rate-limit quota.
     */
    QUOTA_USAGE,
    /**
     * Consent coverage over the window below the client's policy target (threshold,
     * percent, overrides it if > 0).
     */
    CONSENT_COVERAGE_BELOW_TARGET,
    /** A consent batch within the window carried none of the required consent fields. */
    CONSENT_TAGS_MISSING,
    /** A published deprecation or breaking change takes effect within threshold days. */
    DEPRECATION_AHEAD

}
