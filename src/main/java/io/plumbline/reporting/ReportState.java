package io.plumbline.reporting;

/**
 * Where a report in the archive is: being drawn, ready to download, or failed with a
 * reason.
 */
public enum ReportState {

    RUNNING("Generating"), READY("Ready"), FAILED("Failed");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
