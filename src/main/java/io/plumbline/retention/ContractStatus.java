package io.plumbline.retention;

/**
 * Where a term stands. ACTIVE, RENEWED and CHURNED are stored; RENEWAL_DUE is an ACTIVE
 * term whose renewal date is at most {@link #DUE_WITHIN_DAYS} days away or already
 * passed, derived from today.
 */
public enum ContractStatus {

    ACTIVE("Active", "ok"), RENEWAL_DUE("Renewal due", "warn"), RENEWED("Renewed", "none"), CHURNED("Churned", "bad");

    public static final int DUE_WITHIN_DAYS = 90;

    private final String label;

    private final String tone;

    ContractStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /**
     * Badge colour class suffix ({@code pl-ok}, {@code pl-warn}, {@code pl-bad},
     * {@code pl-none}).
     */
    public String tone() {
        return tone;
    }

    /** Still earning and not yet decided: ACTIVE or RENEWAL_DUE. */
    public boolean open() {
        return this == ACTIVE || this == RENEWAL_DUE;
    }

}
