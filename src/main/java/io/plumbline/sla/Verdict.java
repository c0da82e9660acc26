package io.plumbline.sla;

/** How an SLA stands in a window. */
public enum Verdict {

    MET("Met", "ok"), AT_RISK("At risk", "warn"), MISSED("Missed", "bad"), NO_DATA("No data", "none");

    private final String label;

    private final String tone;

    Verdict(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** The badge tone in the UI (pl-ok, pl-warn, …). */
    public String tone() {
        return tone;
    }

}
