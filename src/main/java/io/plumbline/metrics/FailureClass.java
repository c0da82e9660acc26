package io.plumbline.metrics;

import java.util.Optional;

/**
 * Why an API call or a synthetic check failed; the same classes for pushed and checked
 * data.
 */
public enum FailureClass {

    TIMEOUT("Timeout"), CONNECTION("Connection"), TLS("TLS"), SERVER_ERROR("Server error (5xx)"),
    AUTH("Auth (401/403)"), THROTTLED("Throttled (429)"), CLIENT_ERROR("Client error (4xx)"),
    ASSERTION_FAILED("Assertion failed"), SCHEMA_VIOLATION("Schema violation");

    private final String label;

    FailureClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The class an HTTP status implies when the sender did not name one; empty for
     * success.
     */
    public static Optional<FailureClass> fromStatus(int status) {
        if (status == 401 || status == 403) {
            return Optional.of(AUTH);
        }
        if (status == 429) {
            return Optional.of(THROTTLED);
        }
        if (status >= 500) {
            return Optional.of(SERVER_ERROR);
        }
        if (status >= 400) {
            return Optional.of(CLIENT_ERROR);
        }
        return Optional.empty();
    }

}
