package io.plumbline.retention.internal;

import io.plumbline.retention.Amounts;
import io.plumbline.retention.Churn;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.MonthlyRetention;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.retention.RevenueAtRisk;
import io.plumbline.retention.UpcomingRenewals;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The retention formulas of docs/metrics.md over contract terms, pure: no database, no
 * clock. MRR on a day is the monthly value of the terms live that day
 * ({@link ContractDetails#liveOn}).
 */
public final class RetentionMath {

    private RetentionMath() {
    }

    public static Amounts mrrOn(List<ContractDetails> terms, LocalDate day) {
        return mrrByClient(terms, day).values().stream().reduce(Amounts.NONE, Amounts::plus);
    }

    /** Clients with at least one live term that day, and their MRR per currency. */
    static Map<ClientId, Amounts> mrrByClient(List<ContractDetails> terms, LocalDate day) {
        Map<ClientId, Amounts> byClient = new HashMap<>();
        for (ContractDetails term : terms) {
            if (term.liveOn(day)) {
                byClient.merge(term.client(), Amounts.NONE.plus(term.currency(), term.monthlyValue()), Amounts::plus);
            }
        }
        return byClient;
    }

    /**
     * Opens on the day before the period's first day, closes on its last day or on
     * {@code today} if that is earlier (a running period so far).
     */
    public static RetentionKpis kpis(List<ContractDetails> terms, RetentionPeriod period, LocalDate today) {
        LocalDate openedOn = period.start().minusDays(1);
        LocalDate closedOn = today.isBefore(period.lastDay()) ? today : period.lastDay();
        if (closedOn.isBefore(openedOn)) {
            closedOn = openedOn;
        }
        Map<ClientId, Amounts> opening = mrrByClient(terms, openedOn);
        Map<ClientId, Amounts> closing = mrrByClient(terms, closedOn);
        Map<Currency, Movement> movements = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        int churnedLogos = 0;
        for (var cohortClient : opening.entrySet()) {
            Amounts before = cohortClient.getValue();
            Amounts after = closing.getOrDefault(cohortClient.getKey(), Amounts.NONE);
            if (after.isEmpty()) {
                churnedLogos++;
            }
            for (Currency currency : before.plus(after).currencies()) {
                movements.computeIfAbsent(currency, c -> new Movement()).add(before.get(currency), after.get(currency));
            }
        }
        List<CurrencyRetention> revenue = movements.entrySet()
            .stream()
            .map(e -> e.getValue().toRetention(e.getKey()))
            .toList();
        Amounts closingMrr = closing.values().stream().reduce(Amounts.NONE, Amounts::plus);
        return new RetentionKpis(period, closedOn, opening.size(), churnedLogos, revenue, closingMrr);
    }

    /** Month by month, oldest first: MRR at each close, churned logos and churned MRR. */
    public static List<MonthlyRetention> months(List<ContractDetails> terms, YearMonth first, YearMonth last,
            LocalDate today) {
        List<MonthlyRetention> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            RetentionKpis kpis = kpis(terms, new RetentionPeriod(PeriodKind.MONTH, month.atDay(1)), today);
            Amounts churned = kpis.revenue()
                .stream()
                .filter(r -> r.churned().signum() > 0)
                .reduce(Amounts.NONE, (sum, r) -> sum.plus(r.currency(), r.churned()), Amounts::plus);
            months.add(new MonthlyRetention(month, kpis.closingMrr(), kpis.logosChurned(), churned));
        }
        return months;
    }

    public static UpcomingRenewals upcoming(List<ContractDetails> terms, LocalDate today, int days) {
        List<ContractDetails> due = terms.stream()
            .filter(t -> t.status().open() && !t.renewal().isBefore(today)
                    && !t.renewal().isAfter(today.plusDays(days)))
            .sorted(Comparator.comparing(ContractDetails::renewal))
            .toList();
        return new UpcomingRenewals(today, days, due, total(due));
    }

    /**
     * Open terms renewing within 90 days or overdue; only of {@code atRisk} clients when
     * that is not null.
     */
    public static RevenueAtRisk revenueAtRisk(List<ContractDetails> terms, LocalDate today, Set<ClientId> atRisk) {
        LocalDate horizon = today.plusDays(ContractStatus.DUE_WITHIN_DAYS);
        List<ContractDetails> due = terms.stream()
            .filter(t -> t.status().open() && !t.renewal().isAfter(horizon))
            .filter(t -> atRisk == null || atRisk.contains(t.client()))
            .sorted(Comparator.comparing(ContractDetails::renewal))
            .toList();
        return new RevenueAtRisk(today, due, total(due), atRisk != null);
    }

    public static List<ClientRenewal> byClient(List<ContractDetails> terms, LocalDate today) {
        Map<ClientId, List<ContractDetails>> grouped = terms.stream()
            .collect(Collectors.groupingBy(ContractDetails::client, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(e -> renewalOf(e.getKey(), e.getValue(), today)).toList();
    }

    private static ClientRenewal renewalOf(ClientId client, List<ContractDetails> terms, LocalDate today) {
        List<ContractDetails> open = terms.stream().filter(t -> t.status().open()).toList();
        ContractStatus status = open.stream().anyMatch(t -> t.status() == ContractStatus.RENEWAL_DUE)
                ? ContractStatus.RENEWAL_DUE
                : !open.isEmpty() ? ContractStatus.ACTIVE
                        : terms.stream().anyMatch(t -> t.status() == ContractStatus.CHURNED) ? ContractStatus.CHURNED
                                : ContractStatus.RENEWED;
        LocalDate next = open.stream().map(ContractDetails::renewal).min(Comparator.naturalOrder()).orElse(null);
        int renewals = (int) terms.stream().filter(t -> t.status() == ContractStatus.RENEWED).count();
        Churn lastChurn = terms.stream()
            .map(ContractDetails::churn)
            .filter(Objects::nonNull)
            .max(Comparator.comparing(Churn::date))
            .orElse(null);
        return new ClientRenewal(client, status, next, mrrOn(terms, today), renewals, lastChurn);
    }

    private static Amounts total(List<ContractDetails> terms) {
        return terms.stream().reduce(Amounts.NONE, (sum, t) -> sum.plus(t.currency(), t.monthlyValue()), Amounts::plus);
    }

    /** One currency's cohort movement, client by client. */
    private static final class Movement {

        private BigDecimal opening = BigDecimal.ZERO;

        private BigDecimal expansion = BigDecimal.ZERO;

        private BigDecimal contraction = BigDecimal.ZERO;

        private BigDecimal churned = BigDecimal.ZERO;

        private BigDecimal closing = BigDecimal.ZERO;

        void add(BigDecimal before, BigDecimal after) {
            opening = opening.add(before);
            closing = closing.add(after);
            if (after.signum() == 0) {
                churned = churned.add(before);
            }
            else if (after.compareTo(before) < 0) {
                contraction = contraction.add(before.subtract(after));
            }
            else {
                expansion = expansion.add(after.subtract(before));
            }
        }

        CurrencyRetention toRetention(Currency currency) {
            return new CurrencyRetention(currency, opening, expansion, contraction, churned, closing);
        }

    }

}
