package io.plumbline.retention;

import io.plumbline.retention.RetentionEvent.ContractChanged;
import io.plumbline.retention.RetentionEvent.ContractChurned;
import io.plumbline.retention.RetentionEvent.ContractCreated;
import io.plumbline.retention.RetentionEvent.ContractRenewed;
import io.plumbline.retention.RetentionEvent.ContractsImported;
import io.plumbline.retention.internal.Contract;
import io.plumbline.retention.internal.ContractImportCheck;
import io.plumbline.retention.internal.ContractRepository;
import io.plumbline.retention.internal.ContractRules;
import io.plumbline.retention.internal.RetentionMath;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts per client, their renewals and churn, and the retention KPIs
 * (docs/metrics.md). Contract values are internal to the agency: owners and admins change
 * them, executives and analysts read them, client users are refused everything. Money is
 * reported per currency, never converted.
 */
@Service
public class RetentionService {

    private final ContractRepository contracts;

    private final ClientService clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    RetentionService(ContractRepository contracts, ClientService clients, ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Owners and admins change contracts (money the agency bills); executives and
     * analysts read them.
     */

    /** The day contract statuses and "now" figures are computed for (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every term of the agency, oldest start first. */
    @Transactional(readOnly = true)
    public List<ContractDetails> contracts() {
        return all(requireReader());
    }

    @Transactional(readOnly = true)
    public List<ContractDetails> contracts(ClientId client) {
        TenantScope scope = requireReader();
        LocalDate today = today();
        return contracts.findByAgencyIdAndClientIdOrderByStartDateAsc(scope.agency().value(), client.value())
            .stream()
            .map(c -> c.details(today))
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ContractDetails> find(ContractId id) {
        TenantScope scope = requireReader();
        return contracts.findByAgencyIdAndId(scope.agency().value(), id.value()).map(c -> c.details(today()));
    }

    /**
     * All terms of the contract this term belongs to (same client and reference), oldest
     * first.
     */
    @Transactional(readOnly = true)
    public List<ContractDetails> termsOf(ContractId id) {
        TenantScope scope = requireReader();
        ContractDetails term = loadOrFail(scope, id).details(today());
        return chain(scope, term.client(), term.reference());
    }

    @Transactional
    public ContractDetails create(ContractDraft draft) {
        TenantScope scope = Access.requireAgencyManager("contracts");
        requireClient(draft.client());
        String reference = ContractRules.reference(draft.reference());
        if (!contracts.findByAgencyIdAndClientIdAndReference(scope.agency().value(), draft.client().value(), reference)
            .isEmpty()) {
            throw new InvalidInputException("reference",
                    ("This client already has a contract '%s'; renew it, " + "or choose another reference.")
                        .formatted(reference));
        }
        Contract contract = contracts
            .save(new Contract(scope.agency(), draft.client(), reference, term(draft), null, clock.instant()));
        ContractDetails details = contract.details(today());
        events.publishEvent(new ContractCreated(scope.agency(), details.client(), details.id(), reference,
                money(details.monthlyValue(), details.currency()) + " a month from " + details.start()));
        return details;
    }

    /** Corrects an open term; closed terms (renewed, churned) stay as recorded. */
    @Transactional
    public ContractDetails update(ContractId id, ContractDraft draft) {
        TenantScope scope = Access.requireAgencyManager("contracts");
        Contract contract = loadOrFail(scope, id);
        ContractDetails before = requireOpen(contract.details(today()), "changed");
        if (draft.client() == null || !draft.client().equals(before.client())) {
            throw new InvalidInputException("client",
                    "A contract stays with its client; create a new one for another client.");
        }
        String reference = ContractRules.reference(draft.reference());
        Contract.Term term = term(draft);
        if (!reference.equals(before.reference())) {
            if (before.previous() != null) {
                throw new InvalidInputException("reference", "A renewed contract keeps its reference.");
            }
            if (!contracts
                .findByAgencyIdAndClientIdAndReference(scope.agency().value(), before.client().value(), reference)
                .isEmpty()) {
                throw new InvalidInputException("reference",
                        "This client already has a contract '%s'.".formatted(reference));
            }
        }
        if (before.previous() != null) {
            LocalDate previousEnd = loadOrFail(scope, before.previous()).details(today()).renewal();
            if (term.start().isBefore(previousEnd)) {
                throw new InvalidInputException("start",
                        "This term renews the one ending %s; it cannot start earlier.".formatted(previousEnd));
            }
        }
        contract.rename(reference);
        contract.apply(term);
        ContractDetails after = contract.details(today());
        events.publishEvent(new ContractChanged(scope.agency(), after.client(), id, reference,
                "%s → %s a month, renews %s".formatted(money(before.monthlyValue(), before.currency()),
                        money(after.monthlyValue(), after.currency()), after.renewal())));
        return after;
    }

    /**
     * Ends the open term as RENEWED and starts the next one on its renewal date; returns
     * the new term.
     */
    @Transactional
    public ContractDetails renew(ContractId id, RenewalDraft draft) {
        TenantScope scope = Access.requireAgencyManager("contracts");
        Contract contract = loadOrFail(scope, id);
        ContractDetails current = requireOpen(contract.details(today()), "renewed");
        if (draft.nextRenewal() == null || !draft.nextRenewal().isAfter(current.renewal())) {
            throw new InvalidInputException("renewal",
                    "The next renewal date must be after this term's renewal (%s).".formatted(current.renewal()));
        }
        BigDecimal value = ContractRules.monthlyValue(draft.monthlyValue(), current.currency());
        contract.markRenewed();
        Contract next = contracts.save(new Contract(scope.agency(), current.client(), current.reference(),
                new Contract.Term(current.renewal(), draft.nextRenewal(), value, current.currency()), current.id(),
                clock.instant()));
        ContractDetails renewed = next.details(today());
        int change = value.compareTo(current.monthlyValue());
        events.publishEvent(new ContractRenewed(scope.agency(), current.client(), renewed.id(), current.reference(),
                "%s → %s a month (%s) until %s".formatted(money(current.monthlyValue(), current.currency()),
                        money(value, current.currency()),
                        change > 0 ? "expansion" : change < 0 ? "contraction" : "flat", draft.nextRenewal())));
        return renewed;
    }

    @Transactional
    public ContractDetails churn(ContractId id, ChurnDraft draft) {
        TenantScope scope = Access.requireAgencyManager("contracts");
        Contract contract = loadOrFail(scope, id);
        ContractDetails current = requireOpen(contract.details(today()), "churned");
        String reason = ContractRules.churn(draft, current.start());
        contract.churn(new Churn(draft.date(), draft.category(), reason));
        ContractDetails churned = contract.details(today());
        events.publishEvent(new ContractChurned(scope.agency(), current.client(), id, current.reference(),
                "%s from %s: %s".formatted(draft.category().label(), draft.date(),
                        reason.length() > 900 ? reason.substring(0, 900) + "…" : reason)));
        return churned;
    }

    /**
     * Every client with a contract, with its renewal status (for dashboards, reports and
     * insight).
     */
    @Transactional(readOnly = true)
    public List<ClientRenewal> renewalStatus() {
        return RetentionMath.byClient(all(requireReader()), today());
    }

    @Transactional(readOnly = true)
    public Optional<ClientRenewal> renewalStatus(ClientId client) {
        return RetentionMath.byClient(contracts(client), today()).stream().findFirst();
    }

    /** The KPIs of a period; a running period so far (closed on today). */
    @Transactional(readOnly = true)
    public RetentionKpis kpis(RetentionPeriod period) {
        return RetentionMath.kpis(all(requireReader()), period, today());
    }

    /** The period's KPIs beside those of the period before it, for change arrows. */
    @Transactional(readOnly = true)
    public KpiComparison kpisWithPrevious(RetentionPeriod period) {
        List<ContractDetails> terms = all(requireReader());
        return new KpiComparison(RetentionMath.kpis(terms, period, today()),
                RetentionMath.kpis(terms, period.previous(), today()));
    }

    /** The last {@code months} months including this one, oldest first. */
    @Transactional(readOnly = true)
    public List<MonthlyRetention> history(int months) {
        YearMonth now = YearMonth.from(today());
        return RetentionMath.months(all(requireReader()), now.minusMonths(months - 1L), now, today());
    }

    /** Open terms renewing from today to today + days (30, 60, 90 …). */
    @Transactional(readOnly = true)
    public UpcomingRenewals upcomingRenewals(int days) {
        return RetentionMath.upcoming(all(requireReader()), today(), days);
    }

    /**
     * Monthly value of open terms renewing within 90 days or overdue (docs/metrics.md).
     */
    @Transactional(readOnly = true)
    public RevenueAtRisk revenueAtRisk() {
        return RetentionMath.revenueAtRisk(all(requireReader()), today(), null);
    }

    /**
     * As {@link #revenueAtRisk()}, only for the clients flagged at risk (insight's
     * at-risk score).
     */
    @Transactional(readOnly = true)
    public RevenueAtRisk revenueAtRisk(Set<ClientId> atRiskClients) {
        return RetentionMath.revenueAtRisk(all(requireReader()), today(), Set.copyOf(atRiskClients));
    }

    /** Checks a contract CSV without storing anything. */
    @Transactional(readOnly = true)
    public ContractImportPreview previewImport(String csv) {
        return plan(Access.requireAgencyManager("contracts"), csv).preview();
    }

    /**
     * Stores every new term of the file, or nothing: the file is checked again in this
     * transaction and refused as a whole with {@link ContractImportException} if anything
     * is wrong.
     */
    @Transactional
    public ContractImportPreview importContracts(String fileName, String csv) {
        TenantScope scope = Access.requireAgencyManager("contracts");
        ContractImportCheck.Plan plan = plan(scope, csv);
        if (!plan.preview().importable()) {
            throw new ContractImportException(plan.preview());
        }
        Map<List<Object>, List<ContractDetails>> chains = new HashMap<>();
        all(scope)
            .forEach(c -> chains.computeIfAbsent(List.of(c.client(), c.reference()), k -> new ArrayList<>()).add(c));
        plan.additions().stream().sorted(Comparator.comparing(ContractImportCheck.NewTerm::start)).forEach(term -> {
            List<ContractDetails> chain = chains.computeIfAbsent(List.of(term.client(), term.reference()),
                    k -> new ArrayList<>());
            ContractId previous = chain.stream()
                .filter(c -> c.start().isBefore(term.start()))
                .max(Comparator.comparing(ContractDetails::start))
                .map(ContractDetails::id)
                .orElse(null);
            Contract contract = new Contract(scope.agency(), term.client(), term.reference(),
                    new Contract.Term(term.start(), term.renewal(), term.monthlyValue(), term.currency()), previous,
                    clock.instant());
            if (term.status() == ContractStatus.RENEWED) {
                contract.markRenewed();
            }
            else if (term.status() == ContractStatus.CHURNED) {
                contract.churn(term.churn());
            }
            chain.add(contracts.save(contract).details(today()));
        });
        events.publishEvent(new ContractsImported(scope.agency(), null, fileName == null ? "contracts.csv" : fileName,
                "%d term(s) added, %d already stored".formatted(plan.preview().newRows(),
                        plan.preview().alreadyStored())));
        return plan.preview();
    }

    private ContractImportCheck.Plan plan(TenantScope scope, String csv) {
        Map<String, ClientId> byName = new HashMap<>();
        for (ClientDetails client : clients.list(true)) {
            byName.put(client.name().toLowerCase(Locale.ROOT), client.id());
            if (client.displayName() != null) {
                byName.putIfAbsent(client.displayName().toLowerCase(Locale.ROOT), client.id());
            }
        }
        return ContractImportCheck.check(csv == null ? "" : csv, byName, all(scope));
    }

    private List<ContractDetails> all(TenantScope scope) {
        LocalDate today = today();
        return contracts.findByAgencyIdOrderByStartDateAsc(scope.agency().value())
            .stream()
            .map(c -> c.details(today))
            .toList();
    }

    private List<ContractDetails> chain(TenantScope scope, ClientId client, String reference) {
        LocalDate today = today();
        return contracts.findByAgencyIdAndClientIdAndReference(scope.agency().value(), client.value(), reference)
            .stream()
            .map(c -> c.details(today))
            .sorted(Comparator.comparing(ContractDetails::start))
            .toList();
    }

    private void requireClient(ClientId client) {
        if (client == null || clients.find(client).isEmpty()) {
            throw new InvalidInputException("client", "Choose the client.");
        }
    }

    private static Contract.Term term(ContractDraft draft) {
        ContractRules.term(draft.start(), draft.renewal());
        Currency currency = ContractRules.currency(draft.currency());
        return new Contract.Term(draft.start(), draft.renewal(),
                ContractRules.monthlyValue(draft.monthlyValue(), currency), currency);
    }

    private static ContractDetails requireOpen(ContractDetails contract, String verb) {
        if (!contract.status().open()) {
            throw new InvalidInputException("status", "This term is %s and stays as recorded; it cannot be %s."
                .formatted(contract.status().label().toLowerCase(Locale.ROOT), verb));
        }
        return contract;
    }

    private static String money(BigDecimal value, Currency currency) {
        return "%s %s".formatted(value.toPlainString(), currency.getCurrencyCode());
    }

    private static TenantScope requireReader() {
        return Access.requireAgencyStaff();
    }

    private Contract loadOrFail(TenantScope scope, ContractId id) {
        return contracts.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such contract"));
    }

}
