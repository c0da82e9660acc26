package io.plumbline.alerting;

import static io.plumbline.alerting.AlertingFixtures.call;
import static io.plumbline.alerting.AlertingFixtures.check;
import static io.plumbline.alerting.AlertingFixtures.slowCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.AlertEvent.AlertOpened;
import io.plumbline.alerting.AlertEvent.AlertResolved;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.Quota;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostgresIntegrationTest
@RecordApplicationEvents
class AlertEvaluationIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    IntegrationService integrationService;

    @Autowired
    AlertRuleService rules;

    @Autowired
    AlertChannelService channels;

    @Autowired
    AlertService alerts;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    ApplicationEvents events;

    AlertingFixtures alerting;

    TestAgency agency;

    ClientDetails client;

    ChannelDetails mail;

    @BeforeEach
    void anAgencyWithAClientAndAMailChannel() {
        // Ahead of wall-clock time: the real scheduler would otherwise evaluate the new
        // rules on its own thread, and
        // the events it publishes there are not recorded for the test.
        clock.advance(Duration.ofHours(2));
        alerting = new AlertingFixtures(integrationService, rules, channels);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        mail = alerting.anEmailChannel(agency, "ops@agency.test");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void burn_rate_fires_only_when_both_windows_burn_and_clears_when_the_short_window_calms() {
        IntegrationDetails esp = alerting.anIntegration(agency, client, null, null);
        agency.scope()
            .run(() -> slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(99.0),
                    EvaluationWindow.ROLLING_30_DAYS)));
        AlertRuleDetails rule = alerting.aRule(agency, AlertRuleKind.SLO_BURN_RATE, client.id(), 14.4,
                Duration.ofHours(1), Duration.ofMinutes(5), AlertSeverity.PAGE, Set.of(mail.id()));
        Instant now = clock.instant();
        // 6 to 59 minutes ago: 30 % errors (burn 30); the last 5 minutes: all good.
        List<Observation> calls = new ArrayList<>();
        for (int minute = 6; minute < 60; minute++) {
            for (int i = 0; i < 10; i++) {
                calls.add(call(esp.id(), now.minus(Duration.ofMinutes(minute)), i < 3));
            }
        }
        for (int minute = 1; minute <= 4; minute++) {
            for (int i = 0; i < 10; i++) {
                calls.add(call(esp.id(), now.minus(Duration.ofMinutes(minute)), false));
            }
        }
        record(calls);

        evaluator.evaluate(agency.id());
        assertThat(openAlerts()).as("long window burns, short window calm").isEmpty();

        // Now the last minute fails too: 10 of 50 in the short window = 20 %, burn 20 ≥
        // 14.4.
        List<Observation> failing = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            failing.add(call(esp.id(), now.minusSeconds(20), true));
        }
        record(failing);
        evaluator.evaluate(agency.id());
        List<AlertDetails> open = openAlerts();
        assertThat(open).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.FIRING);
            assertThat(alert.rule()).contains(rule.id());
            assertThat(alert.severity()).isEqualTo(AlertSeverity.PAGE);
            assertThat(alert.summary()).startsWith("Contract: error budget burning");
        });
        assertThat(events.stream(AlertOpened.class)).singleElement()
            .satisfies(e -> assertThat(e.alert()).isEqualTo(open.getFirst().id()));

        // Six minutes later the short window holds only good calls: the alert resolves,
        // once.
        clock.advance(Duration.ofMinutes(6));
        Instant later = clock.instant();
        List<Observation> calm = new ArrayList<>();
        for (int second = 10; second < 240; second += 10) {
            calm.add(call(esp.id(), later.minusSeconds(second), false));
        }
        record(calm);
        evaluator.evaluate(agency.id());
        evaluator.evaluate(agency.id());
        assertThat(openAlerts()).isEmpty();
        assertThat(events.stream(AlertResolved.class)).hasSize(1);
        List<NotificationDetails> notices = agency.scope().call(alerts::notifications);
        assertThat(notices).extracting(NotificationDetails::transition)
            .containsExactlyInAnyOrder(Transition.FIRING, Transition.RESOLVED);
    }

    @Test
    void a_continuing_condition_keeps_one_alert_and_one_notification() {
        IntegrationDetails esp = alerting.anIntegration(agency, client, null, null);
        alerting.aRule(agency, AlertRuleKind.ERROR_RATE_ABOVE, null, 5, Duration.ofMinutes(15), null,
                AlertSeverity.TICKET, Set.of(mail.id()));
        Instant now = clock.instant();
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(call(esp.id(), now.minusSeconds(5 + i * 5L), i % 10 == 0));
        }
        record(calls);

        evaluator.evaluate(agency.id());
        evaluator.evaluate(agency.id());
        evaluator.evaluate(agency.id());

        assertThat(openAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.conditionKey()).isEqualTo(esp.id().toString());
            assertThat(alert.summary()).contains("error rate 10.00 %");
        });
        assertThat(events.stream(AlertOpened.class)).hasSize(1);
        assertThat(agency.scope().call(alerts::notifications)).hasSize(1);
    }

    @Test
    void availability_and_latency_thresholds_fire_per_integration() {
        IntegrationDetails slow = alerting.anIntegration(agency, client, null, null);
        IntegrationDetails fine = alerting.anIntegration(agency, client, null, null);
        alerting.aRule(agency, AlertRuleKind.AVAILABILITY_BELOW, client.id(), 95, Duration.ofMinutes(30), null,
                AlertSeverity.PAGE, Set.of());
        alerting.aRule(agency, AlertRuleKind.LATENCY_P95_ABOVE, client.id(), 2000, Duration.ofMinutes(30), null,
                AlertSeverity.TICKET, Set.of());
        Instant now = clock.instant();
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(call(slow.id(), now.minusSeconds(30 + i * 30L), i < 4)); // 36 of 40
                                                                               // good: 90
                                                                               // %
            calls.add(slowCall(slow.id(), now.minusSeconds(40 + i * 30L), 4_000));
            calls.add(slowCall(fine.id(), now.minusSeconds(40 + i * 30L), 100));
        }
        record(calls);

        evaluator.evaluate(agency.id());

        assertThat(openAlerts()).extracting(AlertDetails::kind, a -> a.integration().orElseThrow())
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AlertRuleKind.AVAILABILITY_BELOW, slow.id()),
                    org.assertj.core.groups.Tuple.tuple(AlertRuleKind.LATENCY_P95_ABOVE, slow.id()));
    }

    @Test
    void consecutive_failed_checks_fire_and_a_passing_check_resolves() {
        IntegrationDetails esp = alerting.anIntegration(agency, client, null, null);
        alerting.aRule(agency, AlertRuleKind.CONSECUTIVE_FAILURES, null, 3, Duration.ofHours(1), null,
                AlertSeverity.PAGE, Set.of(mail.id()));
        Instant now = clock.instant();
        record(List.of(check(esp.id(), now.minusSeconds(400), false), check(esp.id(), now.minusSeconds(300), true),
                check(esp.id(), now.minusSeconds(200), true)));
        evaluator.evaluate(agency.id());
        assertThat(openAlerts()).as("two failures in a row are not three").isEmpty();

        record(List.of(check(esp.id(), now.minusSeconds(100), true)));
        evaluator.evaluate(agency.id());
        assertThat(openAlerts()).singleElement()
            .satisfies(a -> assertThat(a.summary()).contains("the last 3 synthetic checks failed"));

        record(List.of(check(esp.id(), now.minusSeconds(10), false)));
        evaluator.evaluate(agency.id());
        assertThat(openAlerts()).isEmpty();
    }

    @Test
    void credential_expiry_and_quota_use_fire_from_the_registry() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        IntegrationDetails expiring = alerting.anIntegration(agency, client, today.plusDays(5), null);
        alerting.anIntegration(agency, client, today.plusDays(60), null);
        IntegrationDetails busy = alerting.anIntegration(agency, client, null, new Quota(100, Duration.ofHours(1)));
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.TICKET, Set.of());
        alerting.aRule(agency, AlertRuleKind.QUOTA_USAGE, null, 80, null, null, AlertSeverity.TICKET, Set.of());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            calls.add(call(busy.id(), now.minusSeconds(20 + i * 20L), false));
        }
        record(calls);

        evaluator.evaluate(agency.id());

        assertThat(openAlerts()).extracting(AlertDetails::kind, a -> a.integration().orElseThrow())
            .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(AlertRuleKind.CREDENTIAL_EXPIRY, expiring.id()),
                    org.assertj.core.groups.Tuple.tuple(AlertRuleKind.QUOTA_USAGE, busy.id()));
        assertThat(openAlerts()).filteredOn(a -> a.kind() == AlertRuleKind.QUOTA_USAGE)
            .singleElement()
            .satisfies(a -> assertThat(a.summary()).contains("90.00 % of the rate-limit quota"));
    }

    @Test
    void acknowledging_records_who_and_when_and_a_resolved_alert_cannot_be_acknowledged() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        alerting.anIntegration(agency, client, today.plusDays(2), null);
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.TICKET, Set.of());
        evaluator.evaluate(agency.id());
        AlertDetails alert = openAlerts().getFirst();
        var analyst = fixtures.aUser(agency, Role.ANALYST);
        Fixtures.signInAs(analyst);

        AlertDetails acknowledged = alerts.acknowledge(alert.id());

        assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(analyst.email());
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.acknowledge(alert.id()))
            .hasMessageContaining("already acknowledged");
    }

    private List<AlertDetails> openAlerts() {
        return agency.scope()
            .call(() -> alerts.list(null, null))
            .stream()
            .filter(a -> a.state() != AlertState.RESOLVED)
            .toList();
    }

    private void record(List<Observation> calls) {
        agency.scope().run(() -> metrics.record(calls));
    }

}
