package io.plumbline.ingestion.web;

import io.plumbline.metrics.FailureClass;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules that turn one HTTP client span into an observation's figures (docs/otlp.md):
 * its time, latency and failure class, or why it cannot be one. Pure.
 */
final class OtlpCalls {

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private OtlpCalls() {
    }

    static Instant start(OtlpSpans.Call call) {
        return Instant.ofEpochSecond(0, call.startNanos());
    }

    /** Latency in whole milliseconds (rounded). */
    static long latencyMs(OtlpSpans.Call call) {
        return (call.endNanos() - call.startNanos() + 500_000) / 1_000_000;
    }

    /**
     * Why the span cannot be stored as an observation (the same limits as
     * {@code POST /api/v1/observations}), or empty.
     */
    static Optional<String> invalid(OtlpSpans.Call call, Instant now, Duration maxAge) {
        if (call.startNanos() <= 0 || call.endNanos() <= 0) {
            return Optional.of("has no start or end time");
        }
        if (call.endNanos() < call.startNanos()) {
            return Optional.of("ends before it starts");
        }
        if (latencyMs(call) > ObservationParser.MAX_LATENCY_MS) {
            return Optional.of("lasted longer than %d ms".formatted(ObservationParser.MAX_LATENCY_MS));
        }
        Instant start = start(call);
        if (start.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            return Optional.of("starts more than 5 minutes in the future");
        }
        if (start.isBefore(now.minus(maxAge))) {
            return Optional.of("is older than %d days".formatted(maxAge.toDays()));
        }
        if (call.httpStatus() != null && (call.httpStatus() < 100 || call.httpStatus() > 599)) {
            return Optional.of("has HTTP status %d, not 100-599".formatted(call.httpStatus()));
        }
        return Optional.empty();
    }

    /**
     * The failure class, as the JSON API derives it from a status (401/403 auth, 429
     * throttled, other 4xx client error, 5xx server error); without an error status,
     * {@code error.type} (or an exception event's type) naming a timeout, TLS, or any
     * other transport failure (connection); a span with status ERROR and no response is a
     * connection failure too. Empty for a good call.
     */
    static Optional<FailureClass> failureClass(OtlpSpans.Call call) {
        Long status = call.httpStatus();
        if (status != null && status >= 400) {
            return FailureClass.fromStatus(status.intValue());
        }
        if (call.errorType() != null) {
            String type = call.errorType().toLowerCase(Locale.ROOT);
            if (type.contains("timeout") || type.contains("timedout") || type.contains("timed_out")
                    || type.contains("deadline")) {
                return Optional.of(FailureClass.TIMEOUT);
            }
            if (type.contains("ssl") || type.contains("tls") || type.contains("certificate")
                    || type.contains("handshake") || type.contains("certpath")) {
                return Optional.of(FailureClass.TLS);
            }
            if (type.matches("[1-5][0-9][0-9]")) {
                return FailureClass.fromStatus(Integer.parseInt(type));
            }
            return Optional.of(FailureClass.CONNECTION);
        }
        if (call.statusError() && status == null) {
            return Optional.of(FailureClass.CONNECTION);
        }
        return Optional.empty();
    }

}
