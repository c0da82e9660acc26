package io.plumbline.reporting;

/**
 * Whose story a report tells: one client's, or the agency's whole portfolio (agency staff
 * only).
 */
public enum ReportKind {

    /**
     * Branded for one client, with only what that client may see; also in the client's
     * portal.
     */
    CLIENT("Client report"),
    /**
     * The portfolio, the at-risk clients and reliability against retention; never shown
     * to a client.
     */
    EXECUTIVE("Executive report");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
