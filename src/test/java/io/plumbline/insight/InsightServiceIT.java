package io.plumbline.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.retention.ContractStatus;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.sla.Verdict;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PostgresIntegrationTest
class InsightServiceIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InsightPortfolio portfolio;

    @Autowired
    InsightService insight;

    @Autowired
    ClientService clientService;

    TestAgency agency;

    TestAgency small;

    List<ClientDetails> clients;

    /**
     * Eight clients (availability 100 … 93 %, NPS falling with it but for one swapped
     * pair), client 7 with an incident and churned; clients 0–2 renewed; client 5 due in
     * 30 days (EUR 1,200) and client 4 (EUR 500). A second agency with three clients.
     */
    @BeforeEach
    void aPortfolioOfEightAndOneOfThree() {
        agency = fixtures.anAgency();
        clients = portfolio.clientsWithTrafficAndAnswers(agency, "Client", 8);
        portfolio.anIncidentResolvedInTwoHours(agency, clients.get(7));
        for (int k = 0; k < 3; k++) {
            portfolio.renewed(agency, clients.get(k));
        }
        portfolio.churned(agency, clients.get(7));
        portfolio.aContract(agency, clients.get(5), 30, "1200");
        portfolio.aContract(agency, clients.get(4), 30, "500");
        small = fixtures.anAgency();
        portfolio.clientsWithTrafficAndAnswers(small, "Small", 3);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void each_row_matches_the_hand_computed_figures_with_at_risk_clients_first() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        PortfolioInsight result = insight.portfolio(portfolio.yesterdayOnly());

        assertThat(result.clients()).extracting(r -> r.client().name())
            .containsExactly("Client 7", "Client 6", "Client 5", "Client 4", "Client 2", "Client 0", "Client 1",
                    "Client 3");
        ClientInsight worst = result.clients().getFirst();
        assertThat(worst.slaAvailability().getAsDouble()).isCloseTo(0.93, within(1e-9));
        assertThat(worst.slaVerdict()).isEqualTo(Verdict.MISSED);
        assertThat(worst.incidents()).isEqualTo(1);
        assertThat(worst.medianTimeToResolve()).contains(Duration.ofHours(2));
        // 4 answers: 3 detractors, 1 passive → NPS −75; every CSAT answer 5 → 100 %
        assertThat(worst.nps().getAsDouble()).isEqualTo(-75);
        assertThat(worst.npsAnswers()).isEqualTo(4);
        assertThat(worst.csat().getAsDouble()).isEqualTo(100);
        assertThat(worst.consentCoverage()).isEmpty();
        assertThat(worst.renewal().orElseThrow().status()).isEqualTo(ContractStatus.CHURNED);
        // reliability 35 × 1, satisfaction 35 × min(1, (30 + 75) / 60), incidents 15 ×
        // 1/3; no consent data: / 85
        assertThat(worst.score().value()).isCloseTo(100 * (35 + 35 + 5) / 85.0, within(1e-9));
        assertThat(worst.score().mainFactor().name()).isEqualTo("Reliability");
        ClientInsight client4 = result.clients().get(3);
        // met (96 % ≥ 95.5 %); NPS 0 → 35 × ½ → 17.5 / 85
        assertThat(client4.slaVerdict()).isEqualTo(Verdict.MET);
        assertThat(client4.score().value()).isCloseTo(100 * 17.5 / 85, within(1e-9));
        assertThat(client4.score().atRisk()).isFalse();
        assertThat(result.atRisk()).extracting(r -> r.client().name())
            .containsExactly("Client 7", "Client 6", "Client 5");
    }

    @Test
    void correlations_are_measured_only_where_eight_clients_have_both_measures_and_both_vary() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        List<Correlation> correlations = insight.portfolio(portfolio.yesterdayOnly()).correlations();

        assertThat(correlations).extracting(Correlation::y)
            .containsExactly("NPS", "CSAT", "Renewal (renewed 1, churned 0)", "NPS");
        RankCorrelation.Measured reliabilityAndNps = (RankCorrelation.Measured) correlations.get(0).result();
        // one adjacent swap: ρ = 1 − 6 · 2 / (8 · 63)
        assertThat(reliabilityAndNps.n()).isEqualTo(8);
        assertThat(reliabilityAndNps.rho()).isCloseTo(1 - 12.0 / 504, within(1e-12));
        assertThat(reliabilityAndNps.ciLow()).isLessThan(reliabilityAndNps.rho());
        assertThat(correlations.get(1).result()).isEqualTo(new RankCorrelation.NoVariation(8));
        // decided renewals: clients 0–2 renewed, client 7 churned
        assertThat(correlations.get(2).result()).isEqualTo(new RankCorrelation.TooFewClients(4, 8));
        assertThat(correlations.get(3).result()).isEqualTo(new RankCorrelation.TooFewClients(0, 8));
    }

    @Test
    void revenue_at_risk_counts_only_the_at_risk_clients_due_terms() {
        Fixtures.signInAs(fixtures.ownerOf(agency));

        PortfolioInsight result = insight.portfolio(portfolio.yesterdayOnly());

        assertThat(result.revenueAtRisk().narrowedToClients()).isTrue();
        assertThat(result.revenueAtRisk().monthlyValue().byCurrency())
            .containsExactly(Map.entry(Currency.getInstance("EUR"), new BigDecimal("1200.00")));
    }

    @Test
    void three_clients_are_too_few_for_any_correlation() {
        Fixtures.signInAs(fixtures.ownerOf(small));

        PortfolioInsight result = insight.portfolio(portfolio.yesterdayOnly());

        assertThat(result.clients()).hasSize(3);
        assertThat(result.correlations().getFirst().result()).isEqualTo(new RankCorrelation.TooFewClients(3, 8));
    }

    @Test
    void another_agency_sees_none_of_these_clients_and_the_csv_holds_only_the_agencys_own() throws Exception {
        Fixtures.signInAs(fixtures.ownerOf(small));
        assertThat(insight.portfolio(portfolio.yesterdayOnly()).clients()).extracting(r -> r.client().name())
            .allMatch(name -> name.startsWith("Small"));
        Fixtures.signOut();
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(insight.csv(portfolio.yesterdayOnly())))
            .getRecords();

        assertThat(rows).extracting(r -> r.get("client"))
            .containsExactly("Client 7", "Client 6", "Client 5", "Client 4", "Client 2", "Client 0", "Client 1",
                    "Client 3");
        assertThat(rows.getFirst().get("sla_compliance")).isEqualTo("93.00 %");
        // A signed figure with words is text to a spreadsheet, so it is neutralised like
        // any other (CsvExport).
        assertThat(rows.getFirst().get("nps")).isEqualTo("'-75 (n = 4)");
        assertThat(rows.getFirst().get("median_time_to_resolve")).isEqualTo("2 h");
        assertThat(rows.getFirst().get("main_factor")).isEqualTo("Reliability");
    }

    @Test
    void a_client_named_like_a_formula_is_text_in_the_csv() throws Exception {
        ClientDetails first = clients.getFirst();
        agency.scope()
            .run(() -> clientService.update(first.id(), new ClientDraft(Fixtures.FORMULA_CLIENT_NAME, null,
                    first.industry(), first.timeZone(), first.primaryColour())));
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(insight.csv(portfolio.yesterdayOnly())))
            .getRecords();

        assertThat(rows).extracting(r -> r.get("client"))
            .contains("'" + Fixtures.FORMULA_CLIENT_NAME)
            .noneMatch(name -> name.startsWith("="));
    }

    @Test
    void client_users_are_refused_also_for_their_own_client() {
        Fixtures.signInAs(fixtures.aClientUser(agency, clients.getFirst(), Role.CLIENT_ADMIN));

        assertThatThrownBy(() -> insight.portfolio(portfolio.yesterdayOnly()))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insight.csv(portfolio.yesterdayOnly())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_custom_period_must_be_finished_ordered_and_at_most_two_years() {
        var today = insight.today();
        assertThatThrownBy(() -> InsightPeriod.custom(today.minusDays(3), today, today))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("yesterday or earlier");
        assertThatThrownBy(() -> InsightPeriod.custom(today.minusDays(3), today.minusDays(5), today))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("not be before the first day");
        assertThatThrownBy(() -> InsightPeriod.custom(today.minusDays(800), today.minusDays(1), today))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("at most 731 days");
    }

}
