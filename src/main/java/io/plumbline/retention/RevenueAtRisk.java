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
}
