package io.plumbline.metrics;

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
    public static java.util.Optional<FailureClass> fromStatus(int status) {
        if (status == 401 || status == 403) {
            return java.util.Optional.of(AUTH);
        }
        if (status == 429) {
            return java.util.Optional.of(THROTTLED);
        }
        if (status >= 500) {
            return java.util.Optional.of(SERVER_ERROR);
        }
        if (status >= 400) {
            return java.util.Optional.of(CLIENT_ERROR);
        }
        return java.util.Optional.empty();
    }

}
