package io.plumbline.retention.internal;

import io.plumbline.retention.Churn;
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractId;
import io.plumbline.retention.ContractStatus;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * One term of a contract (table {@code contract}); the stored status is ACTIVE, RENEWED
 * or CHURNED.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private String reference;

    private LocalDate startDate;

    private LocalDate renewalDate;

    private BigDecimal monthlyValue;

    private String currency;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    private UUID previousId;

    private LocalDate churnDate;

    @Enumerated(EnumType.STRING)
    private ChurnCategory churnCategory;

    private String churnReason;

    private Instant createdAt;

    protected Contract() {
    }

    public Contract(AgencyId agency, ClientId client, String reference, Term term, ContractId previous,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client.value();
        this.reference = reference;
        this.previousId = previous == null ? null : previous.value();
        this.status = ContractStatus.ACTIVE;
        this.createdAt = createdAt;
        apply(term);
    }

    /** Dates and money of a term, already checked. */
    public record Term(LocalDate start, LocalDate renewal, BigDecimal monthlyValue, Currency currency) {
    }

    public void apply(Term term) {
        this.startDate = term.start();
        this.renewalDate = term.renewal();
        this.monthlyValue = term.monthlyValue();
        this.currency = term.currency().getCurrencyCode();
    }

    public void rename(String reference) {
        this.reference = reference;
    }

    public void markRenewed() {
        this.status = ContractStatus.RENEWED;
    }

    public void churn(Churn churn) {
        this.status = ContractStatus.CHURNED;
        this.churnDate = churn.date();
        this.churnCategory = churn.category();
        this.churnReason = churn.reason();
    }

    ContractId id() {
        return new ContractId(id);
    }

    /**
     * As of {@code today}: an ACTIVE term within {@link ContractStatus#DUE_WITHIN_DAYS}
     * of its renewal is due.
     */
    public ContractDetails details(LocalDate today) {
        ContractStatus shown = status == ContractStatus.ACTIVE
                && !renewalDate.isAfter(today.plusDays(ContractStatus.DUE_WITHIN_DAYS)) ? ContractStatus.RENEWAL_DUE
                        : status;
        Currency code = Currency.getInstance(currency);
        return new ContractDetails(id(), new ClientId(clientId), reference, startDate, renewalDate,
                monthlyValue.setScale(Math.max(code.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), code, shown,
                previousId == null ? null : new ContractId(previousId),
                churnDate == null ? null : new Churn(churnDate, churnCategory, churnReason), createdAt);
    }

}
