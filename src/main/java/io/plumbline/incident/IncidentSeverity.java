package io.plumbline.incident;

import io.plumbline.alerting.AlertSeverity;

/** How badly the client is hurt. */
public enum IncidentSeverity {

    CRITICAL("Critical"), MAJOR("Major"), MINOR("Minor");

    private final String label;

    IncidentSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A paging alert opens a major incident, a ticket a minor one; people raise it to
     * critical.
     */
    public static IncidentSeverity of(AlertSeverity severity) {
        return severity == AlertSeverity.PAGE ? MAJOR : MINOR;
    }

}
