package io.plumbline.incident;

/**
 * Where an incident stands as the client is told it in a published update (the familiar
 * status-page states). It does not move the internal milestones: resolving the incident
 * still needs a person and a root cause.
 */
public enum UpdateState {

    INVESTIGATING("Investigating", "We are looking into the problem."),
    IDENTIFIED("Cause identified", "We know what is wrong and are working on a fix."),
    MONITORING("Fix in place, monitoring", "A fix is in place and we are watching that it holds."),
    RESOLVED("Resolved", "The problem is fixed.");

    private final String label;

    private final String meaning;

    UpdateState(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The state in plain words, as clients read it. */
    public String label() {
        return label;
    }

    /** One sentence on what the state means, for clients. */
    public String meaning() {
        return meaning;
    }

}
