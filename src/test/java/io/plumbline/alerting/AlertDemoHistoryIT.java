package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.AlertEvent.AlertOpened;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The demo's history: past alerts from the rule's own source, notices marked demo and
 * never sent.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class AlertDemoHistoryIT {

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
    AlertDemoHistory history;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    ApplicationEvents events;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails esp;

    AlertRuleDetails rule;

    Instant now;

    @BeforeEach
    void aCredentialThatExpiredTenDaysAgoAndA14DayRule() {
        AlertingFixtures alerting = new AlertingFixtures(integrationService, rules, channels);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        esp = alerting.anIntegration(agency, client, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(10), null);
        ChannelDetails mail = alerting.anEmailChannel(agency, "ops@agency.test");
        // Disabled while history is recorded, as the demo does: the scheduler's
        // evaluation must not race the test.
        rule = agency.scope()
            .call(() -> rules.create(
                    new AlertRuleDraft(Fixtures.unique("Expiry"), AlertRuleKind.CREDENTIAL_EXPIRY, AlertSeverity.TICKET,
                            null, null, 14.0, Duration.ofDays(1), null, false, false, Set.of(mail.id()))));
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void a_past_alert_opens_where_the_source_first_sees_it_and_its_notices_are_demo_never_sent() {
        Instant from = now.minus(Duration.ofDays(30));
        Instant resolved = now.minus(Duration.ofDays(12));

        AlertDetails recorded = agency.scope()
            .call(() -> history.recordPastAlert(rule.id(), client.id(), from, from.plus(Duration.ofDays(10)),
                    Duration.ofDays(1), resolved))
            .orElseThrow();
        AlertDetails alert = agency.scope().call(() -> alerts.find(recorded.id())).orElseThrow();

        assertThat(alert.openedAt()).as("the first day 14 days or less before the expiry")
            .isEqualTo(from.plus(Duration.ofDays(6)));
        assertThat(alert.summary()).contains("credential expires in 14 days");
        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alert.resolvedAt()).isEqualTo(resolved);
        List<NotificationDetails> notices = agency.scope().call(() -> alerts.notificationsOf(alert.id()));
        assertThat(notices).extracting(NotificationDetails::transition)
            .containsExactly(Transition.FIRING, Transition.RESOLVED);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.demo()).isTrue();
            assertThat(notice.state()).isEqualTo(NotificationState.DELIVERED);
            assertThat(notice.attempts()).isZero();
            assertThat(agency.scope().call(() -> alerts.attempts(notice.id()))).as("nothing was sent").isEmpty();
        });
        assertThat(events.stream(AlertOpened.class)).as("history, not a transition").isEmpty();
    }

    @Test
    void nothing_seen_records_nothing() {
        Instant from = now.minus(Duration.ofDays(60));

        assertThat(agency.scope()
            .call(() -> history.recordPastAlert(rule.id(), client.id(), from, from.plus(Duration.ofDays(10)),
                    Duration.ofDays(1), now.minusSeconds(60))))
            .isEmpty();
        assertThat(agency.scope().call(() -> alerts.list(null, null))).isEmpty();
        assertThat(agency.scope().call(() -> alerts.notifications())).isEmpty();
    }

    @Test
    void an_alert_left_open_is_carried_on_by_the_running_evaluation_without_a_second_alert_or_notice() {
        Instant from = now.minus(Duration.ofDays(20));
        AlertDetails alert = agency.scope()
            .call(() -> history.recordPastAlert(rule.id(), client.id(), from, from, Duration.ofDays(1), null))
            .orElseThrow();
        assertThat(alert.state()).isEqualTo(AlertState.FIRING);

        agency.scope().run(() -> rules.setEnabled(rule.id(), true));
        evaluator.evaluate(agency.id());

        assertThat(agency.scope().call(() -> alerts.list(null, null))).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(alert.id());
            assertThat(a.state()).isEqualTo(AlertState.FIRING);
            assertThat(a.summary()).as("the running evaluation's words now").contains("expired on");
        });
        assertThat(agency.scope().call(() -> alerts.notifications())).singleElement()
            .satisfies(n -> assertThat(n.demo()).isTrue());
    }

}
