package io.plumbline.incident;

/**
 * A timeline entry: one of the four milestones (each at most once) or a free update note.
 */
public enum TimelineKind {

    DETECTED("Detected", IncidentState.OPEN), ACKNOWLEDGED("Acknowledged", IncidentState.ACKNOWLEDGED),
    DIAGNOSED("Diagnosed", IncidentState.DIAGNOSED), RESOLVED("Resolved", IncidentState.RESOLVED),
    UPDATE("Update", null);

    private final String label;

    private final IncidentState reaches;

    TimelineKind(String label, IncidentState reaches) {
        this.label = label;
        this.reaches = reaches;
    }

    public String label() {
        return label;
    }

    /** The state this milestone moves the incident to; {@code null} for an update. */
    public IncidentState reaches() {
        return reaches;
    }

    public boolean milestone() {
        return reaches != null;
    }

}
