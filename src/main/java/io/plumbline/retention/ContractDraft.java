package io.plumbline.retention;

import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract term to create or correct. {@code currency} is an ISO 4217 code as typed, so
 * that the service can say what is wrong with it; {@code renewal} is the day the term
 * ends unless renewed.
 */
public record ContractDraft(ClientId client, String reference, LocalDate start, LocalDate renewal,
        BigDecimal monthlyValue, String currency) {

    public static ContractDraft of(ContractDetails contract) {
        return new ContractDraft(contract.client(), contract.reference(), contract.start(), contract.renewal(),
                contract.monthlyValue(), contract.currency().getCurrencyCode());
    }
}
