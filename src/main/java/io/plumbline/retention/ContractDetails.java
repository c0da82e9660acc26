package io.plumbline.retention;

import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * One term of a client's contract. {@code status} is as of the day it was read
 * (RENEWAL_DUE derived); {@code previous} is the term this one renewed, if any;
 * {@code churn} is set when it churned.
 */
public record ContractDetails(ContractId id, ClientId client, String reference, LocalDate start, LocalDate renewal,
        BigDecimal monthlyValue, Currency currency, ContractStatus status, ContractId previous, Churn churn,
        Instant createdAt) {

    /**
     * The first day without this term's revenue: the churn date, the renewal date of a
     * renewed term (the next term takes over), or none for an open term — it earns until
     * renewed or churned, also past its renewal date (then it is overdue, and counted in
     * revenue at risk).
     */
    public Optional<LocalDate> revenueEnd() {
        return switch (status) {
            case CHURNED -> Optional.of(churn.date());
            case RENEWED -> Optional.of(renewal);
            case ACTIVE, RENEWAL_DUE -> Optional.empty();
        };
    }

    /** Earns on this day: started, and its revenue has not ended. */
    public boolean liveOn(LocalDate day) {
        return !day.isBefore(start) && revenueEnd().map(day::isBefore).orElse(true);
    }

    public Optional<Churn> churnIfAny() {
        return Optional.ofNullable(churn);
    }
}
