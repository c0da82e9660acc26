package io.plumbline.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.retention.Churn;
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractId;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The formulas of docs/metrics.md on cases computed by hand. */
class RetentionMathTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final RetentionPeriod Q3 = new RetentionPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 7, 1));

    final ClientId expanding = client();

    final ClientId contracting = client();

    final ClientId churning = client();

    final ClientId steady = client();

    final ClientId newcomer = client();

    final List<ContractDetails> terms = new ArrayList<>();

    /**
     * Q3 2026 opens on 30 June with four EUR clients: 1,000 + 2,000 + 500 + 1,500 =
     * 5,000. Expanding renews on 1 Aug at 1,300 (+300), contracting renews on 1 Sep at
     * 1,500 (−500), churning leaves on 15 Sep (−500), steady stays; a newcomer starts 1
     * Aug at 800 (not in the cohort).
     */
    void theWorkedExampleOfTheDocs() {
        renewed(expanding, "2025-08-01", "2026-08-01", "1000", EUR, "2027-08-01", "1300");
        renewed(contracting, "2025-09-01", "2026-09-01", "2000", EUR, "2027-09-01", "1500");
        terms.add(term(churning, "2026-01-01", "2027-01-01", "500", EUR, ContractStatus.CHURNED,
                new Churn(LocalDate.parse("2026-09-15"), ChurnCategory.RELIABILITY, "outage")));
        terms.add(term(steady, "2026-03-01", "2027-03-01", "1500", EUR, ContractStatus.ACTIVE, null));
        terms.add(term(newcomer, "2026-08-01", "2027-08-01", "800", EUR, ContractStatus.ACTIVE, null));
    }

    @Test
    void gross_and_net_revenue_retention_with_expansion_contraction_and_churn() {
        theWorkedExampleOfTheDocs();

        RetentionKpis kpis = RetentionMath.kpis(terms, Q3, TODAY);
        CurrencyRetention eur = kpis.revenueIn(EUR).orElseThrow();

        assertThat(eur.opening()).isEqualByComparingTo("5000");
        assertThat(eur.expansion()).isEqualByComparingTo("300");
        assertThat(eur.contraction()).isEqualByComparingTo("500");
        assertThat(eur.churned()).isEqualByComparingTo("500");
        // GRR = (5,000 − 500 − 500) / 5,000 = 80 %; NRR = (5,000 + 300 − 500 − 500) /
        // 5,000 = 86 %.
        assertThat(eur.grossRetentionPercent()).contains(new BigDecimal("80.00"));
        assertThat(eur.netRetentionPercent()).contains(new BigDecimal("86.00"));
        // The closing MRR of every client includes the newcomer: 1,300 + 1,500 + 1,500 +
        // 800.
        assertThat(kpis.closingMrr().get(EUR)).isEqualByComparingTo("5100");
        assertThat(kpis.closedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void logo_churn_counts_clients_of_the_opening_that_earn_nothing_at_the_close() {
        theWorkedExampleOfTheDocs();

        RetentionKpis kpis = RetentionMath.kpis(terms, Q3, TODAY);

        // 4 logos at the opening (the newcomer is not one), 1 gone: 25 %.
        assertThat(kpis.logosAtOpening()).isEqualTo(4);
        assertThat(kpis.logosChurned()).isEqualTo(1);
        assertThat(kpis.logoChurnPercent()).contains(new BigDecimal("25.00"));
    }

    @Test
    void a_churn_on_the_first_day_of_a_month_belongs_to_that_month_and_not_to_the_one_before() {
        terms.add(term(churning, "2026-01-01", "2027-01-01", "500", EUR, ContractStatus.CHURNED,
                new Churn(LocalDate.parse("2026-09-01"), ChurnCategory.PRICE, "cheaper elsewhere")));

        RetentionKpis august = RetentionMath.kpis(terms,
                new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 8, 1)), TODAY);
        RetentionKpis september = RetentionMath.kpis(terms,
                new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 9, 1)), TODAY);

        assertThat(august.logosChurned()).isZero();
        assertThat(september.logosChurned()).isEqualTo(1);
    }

    @Test
    void a_period_without_revenue_at_its_opening_has_no_retention_figures_rather_than_zero_or_hundred() {
        terms.add(term(newcomer, "2026-08-01", "2027-08-01", "800", EUR, ContractStatus.ACTIVE, null));

        RetentionKpis kpis = RetentionMath.kpis(terms, Q3, TODAY);

        assertThat(kpis.logosAtOpening()).isZero();
        assertThat(kpis.logoChurnPercent()).isEmpty();
        assertThat(kpis.revenue()).isEmpty();
        assertThat(RetentionMath.kpis(List.of(), Q3, TODAY).closingMrr().isEmpty()).isTrue();
    }

    @Test
    void currencies_are_retained_separately_and_never_added() {
        terms.add(term(steady, "2026-01-01", "2027-01-01", "1000", EUR, ContractStatus.ACTIVE, null));
        terms.add(term(churning, "2026-01-01", "2027-01-01", "2000", USD, ContractStatus.CHURNED,
                new Churn(LocalDate.parse("2026-08-10"), ChurnCategory.BUDGET, "budget cut")));
        terms.add(term(expanding, "2026-01-01", "2027-01-01", "2000", USD, ContractStatus.ACTIVE, null));

        RetentionKpis kpis = RetentionMath.kpis(terms, Q3, TODAY);

        assertThat(kpis.revenue()).extracting(CurrencyRetention::currency).containsExactly(EUR, USD);
        assertThat(kpis.revenueIn(EUR).orElseThrow().grossRetentionPercent()).contains(new BigDecimal("100.00"));
        // USD: 4,000 at the opening, 2,000 churned: 50 %. A sum over currencies would
        // claim 60 %.
        assertThat(kpis.revenueIn(USD).orElseThrow().grossRetentionPercent()).contains(new BigDecimal("50.00"));
        assertThat(kpis.closingMrr().byCurrency()).containsOnlyKeys(EUR, USD);
    }

    @Test
    void a_running_period_closes_today() {
        theWorkedExampleOfTheDocs();
        RetentionPeriod november = new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 11, 1));

        RetentionKpis kpis = RetentionMath.kpis(terms, november, TODAY);

        assertThat(kpis.closedOn()).isEqualTo(TODAY);
        assertThat(kpis.running()).isTrue();
    }

    @Test
    void upcoming_renewals_and_revenue_at_risk_count_open_terms_only_and_can_be_narrowed_to_clients() {
        terms.add(term(steady, "2026-01-01", "2026-12-20", "1000", EUR, ContractStatus.ACTIVE, null));
        terms.add(term(expanding, "2026-01-01", "2027-02-10", "700", EUR, ContractStatus.ACTIVE, null));
        terms.add(term(contracting, "2025-11-01", "2026-11-20", "300", USD, ContractStatus.ACTIVE, null));
        terms.add(term(churning, "2026-01-01", "2026-12-01", "999", EUR, ContractStatus.CHURNED,
                new Churn(LocalDate.parse("2026-11-01"), ChurnCategory.OTHER, "gone")));
        terms.add(term(newcomer, "2026-06-01", "2027-06-01", "500", EUR, ContractStatus.ACTIVE, null));

        assertThat(RetentionMath.upcoming(terms, TODAY, 30).count()).isEqualTo(1);
        assertThat(RetentionMath.upcoming(terms, TODAY, 90).monthlyValue().get(EUR)).isEqualByComparingTo("1700");
        var atRisk = RetentionMath.revenueAtRisk(terms, TODAY, null);
        // Steady (24 days) and expanding (76 days) in EUR; contracting is overdue (6 days
        // ago) in USD.
        assertThat(atRisk.monthlyValue().get(EUR)).isEqualByComparingTo("1700");
        assertThat(atRisk.monthlyValue().get(USD)).isEqualByComparingTo("300");
        var narrowed = RetentionMath.revenueAtRisk(terms, TODAY, Set.of(expanding));
        assertThat(narrowed.monthlyValue().byCurrency()).containsOnlyKeys(EUR);
        assertThat(narrowed.monthlyValue().get(EUR)).isEqualByComparingTo("700");
    }

    private void renewed(ClientId client, String start, String renewal, String value, Currency currency, String next,
            String nextValue) {
        ContractDetails first = term(client, start, renewal, value, currency, ContractStatus.RENEWED, null);
        terms.add(first);
        terms.add(term(client, renewal, next, nextValue, currency, ContractStatus.ACTIVE, null));
    }

    static ContractDetails term(ClientId client, String start, String renewal, String value, Currency currency,
            ContractStatus status, Churn churn) {
        return new ContractDetails(new ContractId(UUID.randomUUID()), client, "C-" + client.value(),
                LocalDate.parse(start), LocalDate.parse(renewal), new BigDecimal(value), currency, status, null, churn,
                Instant.EPOCH);
    }

    static ClientId client() {
        return new ClientId(UUID.randomUUID());
    }

}
