package io.plumbline.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class RetentionServiceIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RetentionService retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    LocalDate today;

    ContractDetails contract;

    @BeforeEach
    void aClientWithAContractRenewingInTwentyDays() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        today = retention.today();
        Fixtures.signInAs(fixtures.ownerOf(agency));
        contract = retention.create(new ContractDraft(client.id(), "RETAINER", today.minusMonths(11),
                today.plusDays(20), new BigDecimal("1000.00"), "eur"));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_contract_renewing_within_ninety_days_is_due_and_counts_as_revenue_at_risk() {
        assertThat(contract.status()).isEqualTo(ContractStatus.RENEWAL_DUE);
        assertThat(contract.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(retention.upcomingRenewals(30).contracts()).extracting(ContractDetails::id)
            .containsExactly(contract.id());
        assertThat(retention.upcomingRenewals(10).count()).isZero();
        assertThat(retention.revenueAtRisk().monthlyValue().get(Currency.getInstance("EUR")))
            .isEqualByComparingTo("1000");
        assertThat(retention.revenueAtRisk(Set.of(otherClient.id())).monthlyValue().isEmpty()).isTrue();
    }

    @Test
    void a_renewal_closes_the_term_and_starts_the_next_at_the_new_value() {
        ContractDetails next = retention.renew(contract.id(),
                new RenewalDraft(today.plusDays(20).plusYears(1), new BigDecimal("1250")));

        assertThat(retention.find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.RENEWED);
        assertThat(next.start()).isEqualTo(contract.renewal());
        assertThat(next.previous()).isEqualTo(contract.id());
        assertThat(next.monthlyValue()).isEqualByComparingTo("1250");
        assertThat(next.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(retention.termsOf(next.id())).extracting(ContractDetails::id)
            .containsExactly(contract.id(), next.id());
        assertThat(retention.renewalStatus(client.id()).orElseThrow().renewals()).isEqualTo(1);
        assertThatThrownBy(() -> retention.renew(contract.id(), new RenewalDraft(today.plusYears(3), BigDecimal.TEN)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("renewed");
    }

    @Test
    void a_churn_ends_revenue_on_its_date_and_a_churned_term_cannot_be_renewed_or_changed() {
        ContractDetails churned = retention.churn(contract.id(),
                new ChurnDraft(today.minusDays(1), ChurnCategory.RELIABILITY, "Two outages in one quarter"));

        assertThat(churned.status()).isEqualTo(ContractStatus.CHURNED);
        assertThat(churned.churn().category()).isEqualTo(ChurnCategory.RELIABILITY);
        assertThat(retention.renewalStatus(client.id()).orElseThrow().status()).isEqualTo(ContractStatus.CHURNED);
        RetentionKpis month = retention.kpis(RetentionPeriod.containing(PeriodKind.MONTH, today.minusDays(1)));
        assertThat(month.logosChurned()).isEqualTo(1);
        assertThat(retention.revenueAtRisk().contracts()).isEmpty();
        assertThatThrownBy(() -> retention.renew(contract.id(), new RenewalDraft(today.plusYears(1), BigDecimal.TEN)))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> retention.update(contract.id(), ContractDraft.of(contract)))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void invalid_input_is_refused_on_the_field_that_is_wrong() {
        assertThatThrownBy(() -> retention
            .create(new ContractDraft(client.id(), "X", today, today.minusDays(1), BigDecimal.ONE, "EUR")))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("renewal");
        assertThatThrownBy(() -> retention
            .create(new ContractDraft(client.id(), "X", today, today.plusYears(1), BigDecimal.ONE, "EURO")))
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("currency");
        assertThatThrownBy(() -> retention
            .create(new ContractDraft(client.id(), "X", today, today.plusYears(1), new BigDecimal("10.005"), "EUR")))
            .hasMessageContaining("2 decimal places");
        assertThatThrownBy(() -> retention
            .create(new ContractDraft(client.id(), "RETAINER", today, today.plusYears(1), BigDecimal.ONE, "EUR")))
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("reference");
        assertThatThrownBy(() -> retention.churn(contract.id(), new ChurnDraft(today, null, "why")))
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("category");
        assertThat(retention.contracts()).hasSize(1);
    }

    @Test
    void changes_are_audited() {
        retention.renew(contract.id(), new RenewalDraft(today.plusYears(1), new BigDecimal("900")));

        List<String> details = agency.scope()
            .call(() -> new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForList(
                    "SELECT action || ': ' || detail FROM audit_event WHERE agency_id = ? AND target = 'RETAINER'",
                    String.class, agency.id().value())));

        assertThat(details).anyMatch(d -> d.startsWith("CONTRACT_CREATED"))
            .anyMatch(d -> d.startsWith("CONTRACT_RENEWED") && d.contains("contraction"));
    }

    @Test
    void executives_and_analysts_read_but_cannot_change_contracts() {
        for (Role role : List.of(Role.EXECUTIVE, Role.ANALYST)) {
            RetentionTestUsers.signInAs(fixtures, agency, role, null);
            assertThat(retention.contracts()).hasSize(1);
            assertThatThrownBy(() -> retention.churn(contract.id(), new ChurnDraft(today, ChurnCategory.PRICE, "x")))
                .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.previewImport("client\n")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void client_users_are_refused_every_contract_figure_even_their_own() {
        RetentionTestUsers.signInAs(fixtures, agency, Role.CLIENT_ADMIN, client);

        assertThatThrownBy(() -> retention.contracts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.contracts(client.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.find(contract.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.renewalStatus()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.revenueAtRisk()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.kpis(RetentionPeriod.containing(PeriodKind.YEAR, today)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_agency_cannot_list_find_guess_or_change_the_contract() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        assertThat(retention.contracts()).isEmpty();
        assertThat(retention.contracts(client.id())).isEmpty();
        assertThat(retention.find(contract.id())).isEmpty();
        assertThat(retention.find(new ContractId(UUID.randomUUID()))).isEmpty();
        assertThat(retention.renewalStatus()).isEmpty();
        assertThat(retention.revenueAtRisk().contracts()).isEmpty();
        assertThat(retention.kpis(RetentionPeriod.containing(PeriodKind.YEAR, today)).closingMrr().isEmpty()).isTrue();
        assertThatThrownBy(() -> retention.termsOf(contract.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retention.renew(contract.id(), new RenewalDraft(today.plusYears(1), BigDecimal.TEN)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retention.churn(contract.id(), new ChurnDraft(today, ChurnCategory.OTHER, "x")))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retention
            .create(new ContractDraft(client.id(), "STOLEN", today, today.plusYears(1), BigDecimal.ONE, "EUR")))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void row_level_security_hides_contracts_from_other_agencies_and_from_client_scopes_in_raw_sql() {
        String sql = "SELECT id FROM contract";
        List<UUID> own = CurrentTenant.callAs(TenantScope.agency(agency.id()), () -> rawQuery(sql));
        List<UUID> asClient = CurrentTenant.callAs(new TenantScope(agency.id(), client.id()), () -> rawQuery(sql));
        List<UUID> foreign = CurrentTenant.callAs(TenantScope.agency(fixtures.anAgency().id()), () -> rawQuery(sql));

        assertThat(own).containsExactly(contract.id().value());
        assertThat(asClient).isEmpty();
        assertThat(foreign).isEmpty();
        Integer changed = CurrentTenant.callAs(new TenantScope(agency.id(), client.id()),
                () -> new TransactionTemplate(transactionManager).execute(status -> jdbc
                    .update("UPDATE contract SET monthly_value = 1 WHERE id = ?", contract.id().value())));
        assertThat(changed).isZero();
        assertThat(retention.find(contract.id()).orElseThrow().monthlyValue()).isEqualByComparingTo("1000");
    }

    private List<UUID> rawQuery(String sql) {
        return new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForList(sql, UUID.class));
    }

}
