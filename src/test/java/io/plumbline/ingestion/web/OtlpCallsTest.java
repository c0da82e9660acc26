package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.metrics.FailureClass;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OtlpCallsTest {

    static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void error_statuses_classify_as_the_json_api_does() {
        assertThat(OtlpCalls.failureClass(call(429L, null, false))).contains(FailureClass.THROTTLED);
        assertThat(OtlpCalls.failureClass(call(503L, "503", true))).contains(FailureClass.SERVER_ERROR);
        assertThat(OtlpCalls.failureClass(call(401L, null, false))).contains(FailureClass.AUTH);
        assertThat(OtlpCalls.failureClass(call(404L, null, false))).contains(FailureClass.CLIENT_ERROR);
        assertThat(OtlpCalls.failureClass(call(200L, null, false))).isEmpty();
        assertThat(OtlpCalls.failureClass(call(null, null, false))).isEmpty();
    }

    @Test
    void error_types_without_a_response_classify_as_timeout_tls_or_connection() {
        assertThat(OtlpCalls.failureClass(call(null, "java.net.SocketTimeoutException", true)))
            .contains(FailureClass.TIMEOUT);
        assertThat(OtlpCalls.failureClass(call(null, "timeout", false))).contains(FailureClass.TIMEOUT);
        assertThat(OtlpCalls.failureClass(call(null, "javax.net.ssl.SSLHandshakeException", true)))
            .contains(FailureClass.TLS);
        assertThat(OtlpCalls.failureClass(call(null, "java.net.ConnectException", true)))
            .contains(FailureClass.CONNECTION);
        assertThat(OtlpCalls.failureClass(call(null, "_OTHER", true))).contains(FailureClass.CONNECTION);
        assertThat(OtlpCalls.failureClass(call(null, null, true))).contains(FailureClass.CONNECTION);
        assertThat(OtlpCalls.failureClass(call(null, "502", true))).contains(FailureClass.SERVER_ERROR);
    }

    @Test
    void spans_outside_the_json_apis_limits_are_invalid() {
        Duration maxAge = Duration.ofDays(30);
        assertThat(OtlpCalls.invalid(timed(NOW.minusSeconds(5), 120), NOW, maxAge)).isEmpty();
        assertThat(OtlpCalls.invalid(timed(NOW.plus(Duration.ofMinutes(6)), 1), NOW, maxAge))
            .contains("starts more than 5 minutes in the future");
        assertThat(OtlpCalls.invalid(timed(NOW.minus(Duration.ofDays(31)), 1), NOW, maxAge))
            .contains("is older than 30 days");
        assertThat(OtlpCalls.invalid(timed(NOW.minusSeconds(900), 600_001), NOW, maxAge))
            .contains("lasted longer than 600000 ms");
        assertThat(OtlpCalls.invalid(timed(NOW, -1), NOW, maxAge)).contains("ends before it starts");
    }

    @Test
    void latency_is_rounded_to_whole_milliseconds() {
        long start = nanos(NOW);
        assertThat(OtlpCalls.latencyMs(new OtlpSpans.Call("GET", null, "h", null, "GET", 200L, null, false, start,
                start + 1_499_999, null, false, null)))
            .isEqualTo(1);
        assertThat(OtlpCalls.latencyMs(new OtlpSpans.Call("GET", null, "h", null, "GET", 200L, null, false, start,
                start + 1_500_000, null, false, null)))
            .isEqualTo(2);
    }

    private static OtlpSpans.Call call(Long status, String errorType, boolean statusError) {
        long start = nanos(NOW);
        return new OtlpSpans.Call("GET", null, "api.example.com", "/", "GET", status, errorType, statusError, start,
                start + 5_000_000, "GET", false, null);
    }

    private static OtlpSpans.Call timed(Instant start, long latencyMs) {
        long startNanos = nanos(start);
        return new OtlpSpans.Call("GET", null, "api.example.com", "/", "GET", 200L, null, false, startNanos,
                startNanos + latencyMs * 1_000_000, "GET", false, null);
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }

}
