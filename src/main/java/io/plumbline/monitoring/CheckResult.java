package io.plumbline.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one run of a check; the response fields describe its last attempt.
 *
 * @param failureClass {@code null} unless {@link CheckOutcome#DOWN}
 * @param retried the check passed, but only after at least one failed attempt
 * @param status {@code null} when no response arrived
 * @param latency of the last attempt, up to the full body or the failure
 * @param responseHeaders case-insensitive names
 * @param bodyExcerpt the first 2,000 characters; empty without a response
 * @param assertions every assertion, passed or not; empty when no response arrived
 * @param message a sentence for people, e.g. why the check is down
 */
public record CheckResult(Instant startedAt, CheckOutcome outcome, FailureClass failureClass, int attempts,
        boolean retried, Integer status, Duration latency, Map<String, List<String>> responseHeaders,
        String bodyExcerpt, List<AssertionResult> assertions, String message) {

    public static final int BODY_EXCERPT_CHARS = 2_000;

    public CheckResult {
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
        bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }
}
