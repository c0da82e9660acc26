package io.plumbline.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.reporting.internal.ExecutiveSummary.AtRiskClient;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.Churn;
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractId;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.retention.UpcomingRenewals;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generated sentences of both reports say what the figures beside them say: the same
 * formatted figure, and a verdict that agrees with it, at the edges where they used to
 * part.
 */
class ReportNarrativeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final Currency EUR = Currency.getInstance("EUR");

    private static final AtRiskScore RISKY = new AtRiskScore(62,
            List.of(new AtRiskScore.Factor("Reliability", 35, 1.0), new AtRiskScore.Factor("Satisfaction", 35, 0.4)));

    @Test
    void consentBelowTargetIsCalledBelowWithTheTablesFigure() {
        String sentence = ReportSummary.consent(OptionalDouble.of(0.9704), 98);

        assertThat(sentence).contains(PdfText.coverage(OptionalDouble.of(0.9704)))
            .isEqualTo("Consent coverage was 97.0 % against a target of 98 %, 1.0 points below target.")
            .doesNotContain("above")
            .doesNotContain("on target");
    }

    @Test
    void consentJustBelowTargetGivesTheFigureTheTableIsTooCoarseToShow() {
        String sentence = ReportSummary.consent(OptionalDouble.of(0.97996), 98);

        assertThat(PdfText.coverage(OptionalDouble.of(0.97996))).isEqualTo("98.0 %");
        assertThat(sentence)
            .isEqualTo("Consent coverage was 98.0 % against a target of 98 %, just below target (97.996 %).")
            .doesNotContain("on target");
    }

    @Test
    void consentExactlyOnTargetIsOnTarget() {
        assertThat(ReportSummary.consent(OptionalDouble.of(0.98), 98))
            .isEqualTo("Consent coverage was 98.0 % against a target of 98 %, on target.");
    }

    @Test
    void consentWithoutRecordsClaimsNoFigure() {
        assertThat(ReportSummary.consent(OptionalDouble.empty(), 98))
            .isEqualTo("No consent records were received in this period.");
    }

    @Test
    void aChurnedClientAtRiskIsCalledChurnedNotSaidToHaveNothingDue() {
        ClientRenewal churned = new ClientRenewal(client(), ContractStatus.CHURNED, null, Amounts.NONE, 0,
                new Churn(LocalDate.of(2026, 12, 1), ChurnCategory.RELIABILITY, "moved"));

        String sentence = ExecutiveSummary.atRisk(List.of(new AtRiskClient("Umbrella Finance", RISKY, churned)),
                Amounts.NONE, TODAY);

        assertThat(sentence)
            .isEqualTo("1 client is at risk: Umbrella Finance (62, reliability; churned 1 Dec 2026); it has no open "
                    + "contract.")
            .doesNotContain("due for renewal");
        assertThat(ExecutiveSummary.standing(churned, TODAY)).isEqualTo("churned 1 Dec 2026");
    }

    @Test
    void anOpenContractNotDueIsSaidToBeNotDueWithItsRenewalDate() {
        ClientRenewal active = new ClientRenewal(client(), ContractStatus.ACTIVE, LocalDate.of(2027, 6, 1),
                new Amounts(Map.of(EUR, new BigDecimal("4000"))), 1, null);
        ClientRenewal churned = new ClientRenewal(client(), ContractStatus.CHURNED, null, Amounts.NONE, 0,
                new Churn(LocalDate.of(2026, 12, 1), ChurnCategory.PRICE, "budget"));

        String sentence = ExecutiveSummary.atRisk(
                List.of(new AtRiskClient("Acme Retail", RISKY, active), new AtRiskClient("Umbrella", RISKY, churned)),
                Amounts.NONE, TODAY);

        assertThat(sentence).contains("Acme Retail (62, reliability; renews 1 Jun 2027)")
            .contains("Umbrella (62, reliability; churned 1 Dec 2026)")
            .endsWith("none of their open contracts is due for renewal within 90 days.");
    }

    @Test
    void revenueDueIsTheFigureOfTheRevenueAtRiskKpi() {
        ClientRenewal due = new ClientRenewal(client(), ContractStatus.RENEWAL_DUE, LocalDate.of(2026, 12, 20),
                new Amounts(Map.of(EUR, new BigDecimal("12200"))), 0, null);
        Amounts dueMonthly = new Amounts(Map.of(EUR, new BigDecimal("12200")));

        String sentence = ExecutiveSummary.atRisk(List.of(new AtRiskClient("Acme Retail", RISKY, due)), dueMonthly,
                TODAY);

        assertThat(sentence).contains("renewal due 20 Dec 2026")
            .contains(DashboardFormat.money(dueMonthly) + " a month of their contracts is due for renewal");
        assertThat(ExecutiveSummary.standing(due, LocalDate.of(2026, 12, 21)))
            .isEqualTo("renewal overdue since 20 Dec 2026");
    }

    @Test
    void churnSentenceCarriesTheSectionsFigures() {
        RetentionKpis november = new RetentionKpis(new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 11, 1)),
                LocalDate.of(2026, 11, 30), 8, 1,
                List.of(new CurrencyRetention(EUR, new BigDecimal("40000"), BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("3000"), new BigDecimal("37000"))),
                new Amounts(Map.of(EUR, new BigDecimal("37000"))));
        UpcomingRenewals due = new UpcomingRenewals(TODAY, 90, List.of(contract(new BigDecimal("5000"))),
                new Amounts(Map.of(EUR, new BigDecimal("5000"))));

        String sentence = ExecutiveSummary.churn(november, due);

        assertThat(sentence).isEqualTo("In November 2026, 1 of 8 clients churned (logo churn 12.5 %), taking "
                + DashboardFormat.money(new Amounts(Map.of(EUR, new BigDecimal("3000"))))
                + " a month; 1 contract worth " + DashboardFormat.money(due.monthlyValue())
                + " a month is due for renewal in the next 90 days.");
        assertThat(ExecutiveSummary.revenueLost(november).get(EUR)).isEqualByComparingTo("3000");
    }

    @Test
    void churnSentenceWithoutChurnOrRenewalsSaysNoneOfEither() {
        RetentionKpis quiet = new RetentionKpis(new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 12, 1)), TODAY,
                5, 0, List.of(), new Amounts(Map.of(EUR, new BigDecimal("20000"))));

        assertThat(ExecutiveSummary.churn(quiet, new UpcomingRenewals(TODAY, 90, List.of(), Amounts.NONE))).isEqualTo(
                "No client churned in December 2026 so far; no contract is due for renewal in the next 90 days.");
    }

    @Test
    void churnSentenceWithoutContractsSaysThereAreNoFigures() {
        RetentionKpis none = new RetentionKpis(new RetentionPeriod(PeriodKind.MONTH, LocalDate.of(2026, 11, 1)),
                LocalDate.of(2026, 11, 30), 0, 0, List.of(), Amounts.NONE);

        assertThat(ExecutiveSummary.churn(none, new UpcomingRenewals(TODAY, 90, List.of(), Amounts.NONE)))
            .isEqualTo("No contracts are recorded, so there is no churn or revenue to report.");
    }

    @Test
    void aWeeklyReportTakesTheRetentionMonthOfItsLastDay() {
        var week = new io.plumbline.reporting.ReportPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7),
                java.time.ZoneId.of("Europe/Berlin"));
        var quarter = new io.plumbline.reporting.ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1),
                java.time.ZoneId.of("Europe/Berlin"));

        assertThat(ExecutiveReportSource.retentionPeriod(week).label()).isEqualTo("December 2026");
        assertThat(ExecutiveReportSource.retentionPeriod(quarter).label()).isEqualTo("Q4 2026");
    }

    private static ClientId client() {
        return new ClientId(UUID.randomUUID());
    }

    private static ContractDetails contract(BigDecimal monthly) {
        return new ContractDetails(new ContractId(UUID.randomUUID()), client(), "C-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), monthly, EUR, ContractStatus.ACTIVE, null, null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

}
