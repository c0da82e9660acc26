package io.plumbline.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A valid row of a contract CSV, by its physical line; {@code alreadyStored} rows are
 * skipped on import.
 */
public record ImportRow(int line, String client, String reference, LocalDate start, LocalDate renewal,
        BigDecimal monthlyValue, Currency currency, ContractStatus status, Churn churn, boolean alreadyStored) {
}
