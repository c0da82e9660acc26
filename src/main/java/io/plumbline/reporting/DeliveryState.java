package io.plumbline.reporting;

/**
 * Where one scheduled mail is. HELD is the outbox: no SMTP server was configured when it
 * was due.
 */
public enum DeliveryState {

    AWAITING_REVIEW("Awaiting review"), PENDING("Pending"), SENT("Sent"), HELD("Held (outbox)"), FAILED("Failed");

    private final String label;

    DeliveryState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
