package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.audit.AuditEntry;
import io.plumbline.audit.AuditFilter;
import io.plumbline.audit.AuditService;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Both walls: the scoped services, and PostgreSQL row-level security underneath them. */
@PostgresIntegrationTest
class TenantIsolationIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientService clients;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agencyA;

    TestAgency agencyB;

    ClientDetails clientA1;

    ClientDetails clientA2;

    ClientDetails clientB1;

    @BeforeEach
    void twoAgenciesWithClients() {
        agencyA = fixtures.anAgency();
        agencyB = fixtures.anAgency();
        clientA1 = fixtures.aClient(agencyA);
        clientA2 = fixtures.aClient(agencyA);
        clientB1 = fixtures.aClient(agencyB);
        fixtures.aClientUser(agencyB, clientB1, Role.CLIENT_VIEWER);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void agency_user_lists_only_their_own_agencys_clients() {
        Fixtures.signInAs(fixtures.aUser(agencyA, Role.EXECUTIVE));

        assertThat(clients.list(true)).extracting(ClientDetails::id)
            .containsExactlyInAnyOrder(clientA1.id(), clientA2.id());
    }

    @Test
    void agency_user_cannot_read_a_client_of_another_agency_by_id() {
        Fixtures.signInAs(fixtures.aUser(agencyA, Role.ADMIN));

        assertThat(clients.find(clientB1.id())).isEmpty();
        assertThatThrownBy(() -> clients.update(clientB1.id(), ClientDraft.of(clientB1)))
            .hasMessageContaining("No such client");
        assertThatThrownBy(() -> clients.archive(clientB1.id())).hasMessageContaining("No such client");
    }

    @Test
    void agency_admin_lists_only_their_own_agencys_users() {
        Fixtures.signInAs(fixtures.ownerOf(agencyA));

        assertThat(users.list()).extracting(UserSummary::email)
            .allMatch(email -> !email.contains(agencyB.ownerEmail()))
            .contains(agencyA.ownerEmail());
        assertThat(users.list()).noneMatch(u -> u.client() != null && u.client().equals(clientB1.id()));
    }

    @Test
    void agency_admin_cannot_manage_a_user_of_another_agency() {
        Fixtures.signInAs(fixtures.ownerOf(agencyA));

        assertThat(users.find(agencyB.owner())).isEmpty();
        assertThatThrownBy(() -> users.disable(agencyB.owner())).hasMessageContaining("No such user");
        assertThatThrownBy(() -> users.resetWithOneTimePassword(agencyB.owner())).hasMessageContaining("No such user");
    }

    @Test
    void audit_log_shows_only_the_own_agencys_entries() {
        Fixtures.signInAs(fixtures.ownerOf(agencyA));

        List<AuditEntry> entries = audit.search(AuditFilter.none(), PageRequest.of(0, 500));

        assertThat(entries).isNotEmpty();
        assertThat(entries).extracting(AuditEntry::target)
            .contains(clientA1.name())
            .doesNotContain(clientB1.name(), agencyB.name());
    }

    @Test
    void client_user_sees_only_their_own_client() {
        Fixtures.signInAs(fixtures.aClientUser(agencyA, clientA1, Role.CLIENT_ADMIN));

        assertThat(clients.list(true)).extracting(ClientDetails::id).containsExactly(clientA1.id());
        assertThat(clients.find(clientA2.id())).isEmpty();
        assertThat(clients.find(clientB1.id())).isEmpty();
    }

    @Test
    void client_user_cannot_use_agency_administration() {
        Fixtures.signInAs(fixtures.aClientUser(agencyA, clientA1, Role.CLIENT_ADMIN));

        assertThatThrownBy(() -> users.list()).hasMessageContaining("may not");
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).hasMessageContaining("may not");
        assertThatThrownBy(() -> clients.create(ClientDraft.empty())).hasMessageContaining("may not");
    }

    @Test
    void executive_cannot_change_clients_or_users() {
        Fixtures.signInAs(fixtures.aUser(agencyA, Role.EXECUTIVE));

        assertThatThrownBy(() -> clients.archive(clientA1.id())).hasMessageContaining("Executive role may not");
        assertThatThrownBy(() -> users.list()).hasMessageContaining("Executive role may not");
    }

    @Test
    void query_without_a_tenant_returns_no_tenant_rows() {
        for (String table : List.of("agency", "client", "app_user", "audit_event")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)).as(table).isZero();
        }
        Long inTransaction = new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForObject("SELECT count(*) FROM client", Long.class));
        assertThat(inTransaction).isZero();
    }

    @Test
    void row_level_security_alone_hides_other_agencies_rows_from_unscoped_sql() {
        List<UUID> agencies = agencyA.scope()
            .call(() -> inTransaction(() -> jdbc.queryForList("SELECT DISTINCT agency_id FROM client", UUID.class)));

        assertThat(agencies).containsExactly(agencyA.id().value());
    }

    @Test
    void row_level_security_limits_a_client_scope_to_that_client() {
        TenantScope clientScope = new TenantScope(agencyA.id(), clientA1.id());

        List<UUID> visible = CurrentTenant.callAs(clientScope,
                () -> inTransaction(() -> jdbc.queryForList("SELECT id FROM client", UUID.class)));
        List<UUID> visibleUsers = CurrentTenant.callAs(clientScope,
                () -> inTransaction(() -> jdbc.queryForList("SELECT client_id FROM app_user", UUID.class)));

        assertThat(visible).containsExactly(clientA1.id().value());
        assertThat(visibleUsers).allMatch(clientA1.id().value()::equals);
    }

    @Test
    void row_level_security_refuses_writing_into_another_agency() {
        assertThatThrownBy(() -> agencyA.scope()
            .run(() -> inTransaction(() -> jdbc.update(
                    "INSERT INTO client (id, agency_id, name, display_name, industry, created_at) "
                            + "VALUES (?, ?, 'Intruder', 'Intruder', 'OTHER', now())",
                    UUID.randomUUID(), agencyB.id().value()))))
            .rootCause()
            .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void the_application_role_owns_no_table_and_cannot_bypass_row_level_security() {
        String appRole = jdbc.queryForObject("SELECT current_user", String.class);
        List<String> owned = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user",
                String.class);
        Boolean bypasses = jdbc.queryForObject(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class);
        List<String> notForced = jdbc.queryForList("SELECT relname FROM pg_class WHERE relname IN "
                + "('agency', 'client', 'app_user', 'audit_event') AND NOT (relrowsecurity AND relforcerowsecurity)",
                String.class);

        assertThat(appRole).isEqualTo("plumbline_app");
        assertThat(owned).isEmpty();
        assertThat(bypasses).isFalse();
        assertThat(notForced).isEmpty();
    }

    @Test
    void sign_in_lookup_reveals_only_the_named_account() {
        TestUser viewer = fixtures.aClientUser(agencyA, clientA1, Role.CLIENT_VIEWER);

        List<String> visible = CurrentTenant.callForSignIn(viewer.email(),
                () -> inTransaction(() -> jdbc.queryForList("SELECT email FROM app_user", String.class)));

        assertThat(visible).containsExactly(viewer.email());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

}
