package io.plumbline.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * Monthly value of open terms due for renewal within
 * {@link ContractStatus#DUE_WITHIN_DAYS} days or already overdue (not renewed, not
 * churned) — narrowed to the clients flagged at risk when {@code narrowedToClients}
 * (docs/metrics.md).
 */
public record RevenueAtRisk(LocalDate today, List<ContractDetails> contracts, Amounts monthlyValue,
        boolean narrowedToClients) {

    /**
     * The figure's name, the same on the dashboard, on Insight and in the executive
     * report.
     */
    public static final String LABEL = "Revenue at risk per month";

    /** What the figure counts, said next to it wherever it shows. */
    public static final String DEFINITION = "Monthly value of the at-risk clients' contracts due for renewal within "
            + ContractStatus.DUE_WITHIN_DAYS + " days or overdue, as of today";

    /** "EUR 12,200.00 · USD 3,000.00", or "none due". */
    public String amount() {
        return monthlyValue.isEmpty() ? "none due" : monthlyValue.format();
    }

}
