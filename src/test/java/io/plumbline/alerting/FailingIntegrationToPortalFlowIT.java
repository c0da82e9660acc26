package io.plumbline.alerting;

import static io.plumbline.alerting.AlertingFixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import io.plumbline.Fixtures;
import io.plumbline.LocalSmtp;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.Fixtures.TestUser;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.alerting.internal.NotificationDelivery;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentFilter;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.Verdict;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.Role;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SLA issue's "done when", end to end through the public services: an SLA and a rule,
 * failing checks, an alert that opens an incident, the notice by e-mail and webhook, the
 * incident resolved with a cause, and the client seeing the published summary and the SLA
 * status — and nothing before it is published.
 */
@PostgresIntegrationTest
class FailingIntegrationToPortalFlowIT {

    static final LocalSmtp LOCAL_SMTP = new LocalSmtp();
    static final GreenMail SMTP = LOCAL_SMTP.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LOCAL_SMTP.register(registry);
    }

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
    NotificationDelivery delivery;

    @Autowired
    OutboundAllowListService allowList;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    SlaEvaluationService compliance;

    @Autowired
    IncidentService incidents;

    TestAgency agency;

    ClientDetails client;

    HttpServer webhook;

    final List<String> webhookBodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        // Ahead of wall-clock time, so the real scheduler leaves this test's notices to
        // the test.
        clock.advance(Duration.ofHours(2));
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/alerts", exchange -> {
            webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        SMTP.start();
        Fixtures.signInAs(fixtures.ownerOf(agency));
        allowList.add("127.0.0.1");
        Fixtures.signOut();
    }

    @AfterEach
    void tearDown() {
        webhook.stop(0);
        SMTP.stop();
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void a_failing_integration_reaches_people_becomes_an_incident_and_the_client_sees_only_the_published_story()
            throws Exception {
        AlertingFixtures alerting = new AlertingFixtures(integrationService, rules, channels);
        IntegrationDetails crm = alerting.anIntegration(agency, client, null, null);
        TestUser admin = fixtures.aUser(agency, Role.ADMIN);
        TestUser clientViewer = fixtures.aClientUser(agency, client, Role.CLIENT_VIEWER);
        Fixtures.signInAs(admin);
        SlaDetails sla = slas.create(new SlaDraft(client.id(), crm.id(), "CRM sync", Objectives.availabilityOnly(99.5),
                EvaluationWindow.ROLLING_7_DAYS));
        ChannelDetails mail = channels.create(new ChannelDraft("On-call mail", ChannelType.EMAIL,
                List.of("oncall@agency.test"), null, null, null, null, true));
        ChannelDetails hook = channels.create(new ChannelDraft("Ops webhook", ChannelType.WEBHOOK, List.of(),
                "http://127.0.0.1:" + webhook.getAddress().getPort() + "/alerts", WebhookFormat.GENERIC_JSON, null,
                null, true));
        rules.create(new AlertRuleDraft("Three failed checks", AlertRuleKind.CONSECUTIVE_FAILURES, AlertSeverity.PAGE,
                client.id(), null, 3.0, Duration.ofHours(1), null, true, true, Set.of(mail.id(), hook.id())));
        Fixtures.signOut();

        Instant now = clock.instant();
        agency.scope()
            .run(() -> metrics.record(List.of(check(crm.id(), now.minusSeconds(1800), false),
                    check(crm.id(), now.minusSeconds(600), true), check(crm.id(), now.minusSeconds(300), true),
                    check(crm.id(), now.minusSeconds(60), true))));
        evaluator.evaluate(agency.id());

        AlertDetails alert = agency.scope().call(() -> alerts.list(client.id(), AlertState.FIRING)).getFirst();
        IncidentDetails incident = agency.scope().call(() -> incidents.list(IncidentFilter.all())).getFirst();
        assertThat(incident.client()).isEqualTo(client.id());
        assertThat(incident.integrations()).containsExactly(crm.id());
        assertThat(incident.detectedAt()).isEqualTo(alert.detectedAt());

        agency.scope().call(alerts::notifications).forEach(n -> delivery.attempt(agency.id(), n.id()));
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("oncall@agency.test");
            assertThat(m.getSubject()).isEqualTo("[PAGE] FIRING: Three failed checks — 1 alert");
        });
        assertThat(webhookBodies).singleElement().asString().contains("\"type\":\"alert.firing\"", crm.name());

        Fixtures.signInAs(admin);
        assertThatThrownBy(() -> incidents.record(incident.id(),
                new TimelineDraft(TimelineKind.RESOLVED, null, "Token refreshed.")))
            .isInstanceOf(InvalidInputException.class);
        incidents.setCause(incident.id(), RootCause.AUTHENTICATION);
        incidents.addNote(incident.id(), "INTERNAL: the refresh job ran under the wrong service account.");
        incidents.record(incident.id(), new TimelineDraft(TimelineKind.RESOLVED, null, "Token refreshed."));
        incidents.saveSummary(incident.id(), "Your CRM sync paused for ten minutes and caught up.");

        Fixtures.signInAs(clientViewer);
        assertThat(incidents.published(client.id())).as("nothing before it is published").isEmpty();

        Fixtures.signInAs(admin);
        incidents.publishSummary(incident.id());

        Fixtures.signInAs(clientViewer);
        List<PublishedIncident> portal = incidents.published(client.id());
        assertThat(portal).singleElement().satisfies(p -> {
            assertThat(p.summary()).isEqualTo("Your CRM sync paused for ten minutes and caught up.");
            assertThat(p.resolved()).isTrue();
            assertThat(p.toString()).doesNotContain("INTERNAL", "service account");
        });
        assertThat(slas.list()).extracting(SlaDetails::id).containsExactly(sla.id());
        assertThat(compliance.status(sla.id()).current().verdict()).isEqualTo(Verdict.MISSED);
    }

}
