package io.plumbline.reporting;

/** How often a scheduled report goes out; each run covers the full period before it. */
public enum ReportCadence {

    /** Mondays, covering Monday to Sunday of the week before. */
    WEEKLY("Weekly"),
    /** The first of the month, covering the month before. */
    MONTHLY("Monthly"),
    /** The first of January, April, July and October, covering the quarter before. */
    QUARTERLY("Quarterly");

    private final String label;

    ReportCadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
