package io.plumbline.incident;

/**
 * The root-cause categories (docs/incidents.md); one is required to resolve an incident.
 */
public enum RootCause {

    SCHEMA_MISMATCH("Schema mismatch"), AUTHENTICATION("Authentication / permission"), RATE_LIMITING("Rate limiting"),
    ERROR_HANDLING("Error handling"), COMMUNICATION_GAP("Communication gap"), CONSENT_METADATA("Consent metadata"),
    PROVIDER_OUTAGE("Provider outage"), OTHER("Other");

    private final String label;

    RootCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
