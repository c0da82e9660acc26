package io.plumbline.incident;

/** The furthest milestone an incident reached. */
public enum IncidentState {

    OPEN("Open"), ACKNOWLEDGED("Acknowledged"), DIAGNOSED("Diagnosed"), RESOLVED("Resolved");

    private final String label;

    IncidentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
