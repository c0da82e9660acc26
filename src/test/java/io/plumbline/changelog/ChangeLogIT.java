package io.plumbline.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.monitoring.MonitorId;
import io.plumbline.monitoring.SchemaDriftDetected;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class ChangeLogIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ChangeLogService changes;

    @Autowired
    List<AlertConditionSource> conditionSources;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    IntegrationDetails otherClientsCrm;

    Fixtures.TestUser analyst;

    @BeforeEach
    void anAgencyWithTwoClients() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        otherClientsCrm = fixtures.anIntegration(agency, otherClient);
        analyst = fixtures.aUser(agency, Role.ANALYST);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void an_analyst_writes_drafts_and_only_published_entries_of_the_own_client_reach_the_portal_feed() {
        Fixtures.TestUser viewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.signInAs(analyst);
        ChangeEntry published = changes.create(entry(crm, ChangeKind.VERSION_UPGRADE, "API v3 → v4", LocalDate.now()));
        changes.publish(published.id());
        changes.create(entry(crm, ChangeKind.FIELD_ADDED, "DRAFT not yet announced", LocalDate.now()));
        changes.publish(
                changes.create(entry(otherClientsCrm, ChangeKind.AUTH_CHANGE, "Other client's", LocalDate.now())).id());
        assertThatThrownBy(() -> changes.create(entry(crm, ChangeKind.FIELD_ADDED, " ", LocalDate.now())))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("title");
        assertThatThrownBy(() -> changes.create(entry(crm, null, "No kind", LocalDate.now())))
            .hasMessageContaining("kind of change");

        Fixtures.signInAs(viewer);

        assertThat(changes.published(client.id())).extracting(ChangeEntry::title).containsExactly("API v3 → v4");
        assertThat(changes.published(otherClient.id())).isEmpty();
        assertThatThrownBy(() -> changes.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.find(published.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.unpublish(published.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions()).contains("CHANGE_ENTRY_CREATED", "CHANGE_ENTRY_PUBLISHED");
    }

    @Test
    void a_published_entry_is_withdrawn_before_it_can_be_deleted() {
        Fixtures.signInAs(analyst);
        ChangeEntry entry = changes
            .publish(changes.create(entry(crm, ChangeKind.FIELD_ADDED, "Field", LocalDate.now())).id());

        assertThatThrownBy(() -> changes.deleteDraft(entry.id())).hasMessageContaining("Unpublish");
        changes.unpublish(entry.id());
        changes.deleteDraft(entry.id());

        assertThat(changes.find(entry.id())).isEmpty();
    }

    @Test
    void another_agency_and_another_client_cannot_list_read_guess_or_change_entries_and_rls_agrees() {
        Fixtures.TestUser foreignOwner = fixtures.ownerOf(fixtures.anAgency());
        Fixtures.signInAs(analyst);
        ChangeEntry draft = changes.create(entry(crm, ChangeKind.FIELD_ADDED, "Draft", LocalDate.now()));
        ChangeEntry published = changes
            .publish(changes.create(entry(crm, ChangeKind.FIELD_ADDED, "Out", LocalDate.now())).id());
        changes.publish(changes.create(entry(otherClientsCrm, ChangeKind.FIELD_ADDED, "Other", LocalDate.now())).id());

        Fixtures.signInAs(foreignOwner);
        assertThat(changes.list()).isEmpty();
        assertThat(changes.find(published.id())).isEmpty();
        assertThat(changes.published(client.id())).isEmpty();
        assertThatThrownBy(() -> changes.publish(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.create(entry(crm, ChangeKind.FIELD_ADDED, "Sneaky", LocalDate.now())))
            .isInstanceOf(InvalidInputException.class);
        Fixtures.signOut();

        assertThat(sqlAs(new TenantScope(agency.id(), client.id()))).containsExactly(published.id().value());
        assertThat(sqlAs(TenantScope.agency(fixtures.anAgency().id()))).isEmpty();
        assertThat(sqlAs(TenantScope.agency(agency.id()))).hasSize(3);
    }

    @Test
    void deprecation_ahead_finds_published_breaking_entries_taking_effect_within_exactly_n_days() {
        LocalDate today = LocalDate.ofInstant(Instant.now(), client.timeZone());
        Fixtures.signInAs(analyst);
        ChangeEntry dueToday = published(crm, ChangeKind.DEPRECATION_NOTICE, "v2 sunset today", today);
        ChangeEntry dueOnLastDay = published(crm, ChangeKind.FIELD_REMOVED, "Field goes on day 7", today.plusDays(7));
        published(crm, ChangeKind.DEPRECATION_NOTICE, "Day 8 is too far", today.plusDays(8));
        published(crm, ChangeKind.DEPRECATION_NOTICE, "Yesterday is past", today.minusDays(1));
        published(crm, ChangeKind.VERSION_UPGRADE, "Not breaking", today.plusDays(1));
        changes.create(entry(crm, ChangeKind.DEPRECATION_NOTICE, "Still a draft", today.plusDays(1)));
        ChangeEntry otherClients = published(otherClientsCrm, ChangeKind.AUTH_CHANGE, "Other client",
                today.plusDays(2));
        Fixtures.signOut();
        AlertConditionSource source = conditionSources.stream()
            .filter(s -> s.kind() == AlertRuleKind.DEPRECATION_AHEAD)
            .findFirst()
            .orElseThrow();

        List<AlertCondition> everyClient = agency.scope()
            .call(() -> source.evaluate(rule(Optional.empty(), 7), Instant.now()));
        List<AlertCondition> oneClient = agency.scope()
            .call(() -> source.evaluate(rule(Optional.of(client), 7), Instant.now()));
        List<AlertCondition> zeroDays = agency.scope()
            .call(() -> source.evaluate(rule(Optional.of(client), 0), Instant.now()));

        assertThat(everyClient).extracting(AlertCondition::key)
            .containsExactlyInAnyOrder("change:" + dueToday.id(), "change:" + dueOnLastDay.id(),
                    "change:" + otherClients.id());
        assertThat(oneClient).extracting(AlertCondition::key)
            .containsExactlyInAnyOrder("change:" + dueToday.id(), "change:" + dueOnLastDay.id());
        assertThat(oneClient).filteredOn(c -> c.key().equals("change:" + dueOnLastDay.id()))
            .singleElement()
            .satisfies(c -> {
                assertThat(c.summary()).contains("in 7 days");
                assertThat(c.integration()).contains(crm.id());
                assertThat(c.client()).isEqualTo(client.id());
            });
        assertThat(zeroDays).extracting(AlertCondition::key).containsExactly("change:" + dueToday.id());
    }

    @Test
    void schema_drift_creates_one_draft_per_integration_and_distinct_violations() {
        List<String> violations = List.of("/contacts/0/id: integer found, string expected");

        drift(crm, violations);
        drift(crm, violations);
        drift(crm, List.of("/contacts/0/email: required property missing"));
        drift(otherClientsCrm, violations);

        Fixtures.signInAs(analyst);
        List<ChangeEntry> drafts = changes.list();
        assertThat(drafts).hasSize(3).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(ChangeState.DRAFT);
            assertThat(e.source()).isEqualTo(ChangeSource.SCHEMA_DRIFT);
        });
        ChangeEntry first = drafts.stream()
            .filter(e -> e.integration().equals(crm.id()) && e.description().contains("integer found"))
            .findFirst()
            .orElseThrow();
        assertThat(first.title()).contains("Contacts check");
        changes.publish(first.id());
        Fixtures.signOut();

        drift(crm, violations);

        Fixtures.signInAs(analyst);
        assertThat(changes.list()).hasSize(3);
        assertThat(auditActions()).contains("CHANGE_ENTRY_CREATED");
    }

    private void drift(IntegrationDetails integration, List<String> violations) {
        // As monitoring does: in the check's transaction, in the agency's scope, with no
        // signed-in user.
        SchemaDriftDetected event = new SchemaDriftDetected(agency.id(), integration.client(), integration.id(),
                new MonitorId(UUID.randomUUID()), "Contacts check", violations, Instant.now());
        agency.scope()
            .run(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(event)));
    }

    private ChangeEntry published(IntegrationDetails integration, ChangeKind kind, String title, LocalDate on) {
        return changes.publish(changes.create(entry(integration, kind, title, on)).id());
    }

    private AlertRuleSpec rule(Optional<ClientDetails> only, int days) {
        return new AlertRuleSpec(new AlertRuleId(UUID.randomUUID()), agency.id(), only.map(ClientDetails::id),
                Optional.empty(), AlertRuleKind.DEPRECATION_AHEAD, days, Duration.ZERO, AlertSeverity.TICKET);
    }

    private static ChangeEntryDraft entry(IntegrationDetails integration, ChangeKind kind, String title, LocalDate on) {
        return new ChangeEntryDraft(integration.id(), kind, title, "What changes and what to do.", "v3", "v4", on);
    }

    private List<UUID> sqlAs(TenantScope scope) {
        return CurrentTenant.callAs(scope, () -> new TransactionTemplate(transactionManager)
            .execute(status -> jdbc.queryForList("SELECT id FROM change_entry", UUID.class)));
    }

    private List<String> auditActions() {
        return agency.scope()
            .call(() -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForList("SELECT action FROM audit_event WHERE agency_id = ?", String.class,
                        agency.id().value())));
    }

}
