package io.plumbline.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * Open terms whose renewal date lies from today to {@code today + days}; overdue ones are
 * not upcoming.
 */
public record UpcomingRenewals(LocalDate today, int days, List<ContractDetails> contracts, Amounts monthlyValue) {

    public int count() {
        return contracts.size();
    }
}
