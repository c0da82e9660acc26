package io.plumbline.consent;

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
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts from the condition sources on a drop and a recovery, settings, and isolation
 * between agencies and clients.
 */
@PostgresIntegrationTest
public class ConsentServiceIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consent;

    @Autowired
    List<AlertConditionSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    ClientDetails otherClient;

    IntegrationDetails crm;

    IntegrationDetails otherCrm;

    /**
     * Noon (Berlin) of three days: all tagged, 40 % without opt-in plus a batch without
     * any tag, all tagged again.
     */
    Instant dayA;

    Instant dayB;

    Instant dayC;

    @BeforeEach
    void threeDaysWithADropInTheMiddle() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        otherClient = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        otherCrm = fixtures.anIntegration(agency, otherClient);
        LocalDate base = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(10);
        dayA = base.atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        dayB = dayA.plus(Duration.ofDays(1));
        dayC = dayB.plus(Duration.ofDays(1));
        agency.scope().run(() -> {
            consent.recordRecords(records(crm, dayA, 100, 0));
            consent.recordRecords(records(crm, dayB, 100, 40));
            consent.recordRecords(untagged(crm, dayB, 10));
            consent.recordRecords(records(crm, dayC, 100, 0));
            consent.recordRecords(records(otherCrm, dayA, 50, 0));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    public static List<ConsentRecord> records(IntegrationDetails integration, Instant at, int count, int withoutOptIn) {
        List<ConsentRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new ConsentRecord(integration.id(), at, at.minus(Duration.ofDays(3)), "web-form",
                    i < withoutOptIn ? null : i % 4 != 0, null, null, null));
        }
        return records;
    }

    static List<ConsentRecord> untagged(IntegrationDetails integration, Instant at, int count) {
        return Collections.nCopies(count,
                new ConsentRecord(integration.id(), at, null, null, null, null, "marketing", null));
    }

    AlertRuleSpec rule(AlertRuleKind kind, double threshold, Duration window) {
        return new AlertRuleSpec(new AlertRuleId(UUID.randomUUID()), agency.id(), Optional.of(client.id()),
                Optional.empty(), kind, threshold, window, AlertSeverity.TICKET);
    }

    List<AlertCondition> evaluate(AlertRuleSpec rule, Instant at) {
        AlertConditionSource source = sources.stream().filter(s -> s.kind() == rule.kind()).findFirst().orElseThrow();
        return CurrentTenant.callAs(TenantScope.agency(rule.agency()), () -> source.evaluate(rule, at));
    }

    @Test
    void coverage_below_target_fires_on_the_drop_and_clears_on_recovery() {
        AlertRuleSpec rule = rule(AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET, 0, Duration.ofHours(1));

        assertThat(evaluate(rule, dayA.plus(Duration.ofHours(1)))).isEmpty();
        List<AlertCondition> drop = evaluate(rule, dayB.plus(Duration.ofHours(1)));
        assertThat(evaluate(rule, dayC.plus(Duration.ofHours(1)))).isEmpty();

        // day B: 60 of 110 records carried every required field
        assertThat(drop).singleElement().satisfies(condition -> {
            assertThat(condition.key()).isEqualTo(crm.key());
            assertThat(condition.integration()).contains(crm.id());
            assertThat(condition.summary()).contains("54.5 %").contains("target 98.0 %");
            assertThat(condition.detail()).contains("optIn 45.5 %");
        });
    }

    @Test
    void the_rule_threshold_overrides_the_policy_target() {
        assertThat(evaluate(rule(AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET, 50, Duration.ofHours(1)),
                dayB.plus(Duration.ofHours(1))))
            .isEmpty();
        assertThat(evaluate(rule(AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET, 60, Duration.ofHours(1)),
                dayB.plus(Duration.ofHours(1))))
            .hasSize(1);
    }

    @Test
    void a_batch_without_any_required_tag_fires_and_clears_once_out_of_the_window() {
        AlertRuleSpec rule = rule(AlertRuleKind.CONSENT_TAGS_MISSING, 0, Duration.ofHours(6));

        assertThat(evaluate(rule, dayA.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(evaluate(rule, dayB.plus(Duration.ofHours(1)))).singleElement()
            .satisfies(condition -> assertThat(condition.detail()).startsWith("1 batch in the last PT6H"));
        assertThat(evaluate(rule, dayC.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void another_agencys_rule_sees_nothing_of_this_agency() {
        TestAgency other = fixtures.anAgency();
        AlertRuleSpec foreign = new AlertRuleSpec(new AlertRuleId(UUID.randomUUID()), other.id(), Optional.empty(),
                Optional.empty(), AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET, 0, Duration.ofHours(1),
                AlertSeverity.PAGE);

        assertThat(evaluate(foreign, dayB.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void policies_are_validated_and_apply_to_records_arriving_afterwards() {
        agency.scope().run(() -> {
            assertThatThrownBy(() -> consent.changePolicy(client.id(), EnumSet.noneOf(ConsentField.class), 98, 365))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("required"));
            assertThatThrownBy(() -> consent.changePolicy(client.id(), ConsentField.DEFAULT_REQUIRED, 120, 365))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("target"));
            consent.changePolicy(client.id(), EnumSet.of(ConsentField.PURPOSE), 90, 365);
            consent.recordRecords(untagged(crm, dayC, 10));
        });

        ConsentCounts dayCCounts = agency.scope()
            .call(() -> consent.clientCoverage(client.id(), day(dayC), day(dayC)))
            .counts();
        // the earlier 100 records keep the policy they arrived under; the 10 new ones
        // carry the now required purpose
        assertThat(dayCCounts.records()).isEqualTo(110);
        assertThat(dayCCounts.complete()).isEqualTo(110);
        assertThat(agency.scope().call(() -> consent.contract(crm.id())).jsonSchema())
            .contains("\"required\" : [ \"purpose\" ]");
    }

    @Test
    void a_contract_that_is_not_a_schema_is_refused_on_its_field() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        assertThatThrownBy(() -> consent.changeContract(crm.id(), "{\"type\": 12"))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("schema"));
        consent.changeContract(crm.id(), "{\"type\":\"object\",\"required\":[\"consent\"]}");
        assertThat(consent.contract(crm.id()).generated()).isFalse();
        assertThat(consent.resetContract(crm.id()).generated()).isTrue();
    }

    @Test
    void another_agency_cannot_read_list_or_guess_this_agencys_consent() {
        Fixtures.signInAs(fixtures.ownerOf(fixtures.anAgency()));

        assertThatThrownBy(() -> consent.clientCoverage(client.id(), day(dayA), day(dayC)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consent.contract(crm.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consent.assessments(client.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consent.changePolicy(client.id(), ConsentField.DEFAULT_REQUIRED, 98, 365))
            .isInstanceOf(NotFoundException.class);
        assertThat(consent.overview(day(dayA), day(dayC))).extracting(c -> c.client().id()).doesNotContain(client.id());
        assertThat(consent.untaggedBatches(List.of(crm.id()), dayA, dayC)).isEmpty();
    }

    @Test
    void a_client_user_sees_only_their_own_client_and_nothing_internal() {
        Fixtures.signInAs(fixtures.aClientUser(agency, otherClient, Role.CLIENT_ADMIN));

        assertThat(consent.clientCoverage(otherClient.id(), day(dayA), day(dayA)).counts().records()).isEqualTo(50);
        assertThat(consent.overview(day(dayA), day(dayC))).extracting(c -> c.client().id())
            .containsExactly(otherClient.id());
        assertThatThrownBy(() -> consent.clientCoverage(client.id(), day(dayA), day(dayC)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consent.sources(client.id(), day(dayA), day(dayC)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consent.assessments(otherClient.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consent.changePolicy(otherClient.id(), ConsentField.DEFAULT_REQUIRED, 98, 365))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_overviews_up_to_each_clients_own_day_show_another_agency_or_client_nothing_of_this_one() {
        TestAgency rival = fixtures.anAgency();
        ClientDetails rivalClient = fixtures.aClient(rival);
        IntegrationDetails rivalCrm = fixtures.anIntegration(rival, rivalClient);
        rival.scope().run(() -> consent.recordRecords(records(rivalCrm, dayA, 70, 0)));
        var rivalOwner = fixtures.ownerOf(rival);
        var otherClientsUser = fixtures.aClientUser(agency, otherClient, Role.CLIENT_ADMIN);
        List<java.util.function.Supplier<List<ClientCoverage>>> overviews = List.of(
                () -> consent.overviewOfLastDays(30), () -> consent.overviewSince(day(dayA)),
                () -> consent.overviewOfFinishedDays(day(dayA), day(dayC)));

        Fixtures.signInAs(fixtures.ownerOf(agency));
        for (var overview : overviews) {
            assertThat(overview.get()).extracting(c -> c.client().id())
                .containsExactlyInAnyOrder(client.id(), otherClient.id());
        }

        Fixtures.signInAs(rivalOwner);
        for (var overview : overviews) {
            assertThat(overview.get()).singleElement().satisfies(only -> {
                assertThat(only.client().id()).isEqualTo(rivalClient.id());
                assertThat(only.counts().records()).isEqualTo(70);
            });
        }

        Fixtures.signInAs(otherClientsUser);
        for (var overview : overviews) {
            assertThat(overview.get()).singleElement().satisfies(only -> {
                assertThat(only.client().id()).isEqualTo(otherClient.id());
                assertThat(only.counts().records()).isEqualTo(50);
            });
        }
    }

    @Test
    void row_level_security_hides_other_clients_and_agencies_consent_rows_from_unscoped_sql() {
        agency.scope().run(() -> {
            consent.changeAssessment(new VendorAssessment(crm.id(), true, true, "EU", null));
            consent.changePolicy(otherClient.id(), ConsentField.DEFAULT_REQUIRED, 98, 365);
        });
        String sql = "SELECT integration_id FROM consent_daily UNION SELECT integration_id FROM consent_batch "
                + "UNION SELECT integration_id FROM consent_vendor_assessment";

        List<UUID> asOtherClient = CurrentTenant.callAs(new TenantScope(agency.id(), otherClient.id()),
                () -> new TransactionTemplate(transactionManager)
                    .execute(status -> jdbc.queryForList(sql, UUID.class)));
        List<UUID> asForeignAgency = CurrentTenant.callAs(TenantScope.agency(fixtures.anAgency().id()),
                () -> new TransactionTemplate(transactionManager)
                    .execute(status -> jdbc.queryForList(sql, UUID.class)));

        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("plumbline_app");
        assertThat(asOtherClient).containsExactly(otherCrm.id().value());
        assertThat(asForeignAgency).isEmpty();
        // a client's own scope may read its policy but not change it
        assertThatThrownBy(
                () -> CurrentTenant.callAs(new TenantScope(agency.id(), otherClient.id()),
                        () -> new TransactionTemplate(transactionManager).execute(status -> jdbc.update(
                                "UPDATE consent_policy SET coverage_target = 1 WHERE client_id = ?",
                                otherClient.id().value()))))
            .rootCause()
            .hasMessageContaining("row-level security");
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of("Europe/Berlin"));
    }

}
