package io.plumbline.retention;

import io.plumbline.tenancy.ClientId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client's renewal status for dashboards and insight: RENEWAL_DUE when one of its open
 * terms is due, ACTIVE when it has open terms and none is due, CHURNED when every term
 * has ended by churn. {@code nextRenewal} is the earliest renewal date of its open terms;
 * {@code renewals} how many terms it has renewed; {@code lastChurn} its latest churn, if
 * any.
 */
public record ClientRenewal(ClientId client, ContractStatus status, LocalDate nextRenewal, Amounts mrr, int renewals,
        Churn lastChurn) {

    public Optional<LocalDate> nextRenewalIfAny() {
        return Optional.ofNullable(nextRenewal);
    }

    public Optional<Churn> lastChurnIfAny() {
        return Optional.ofNullable(lastChurn);
    }
}
