package io.plumbline.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.LocalSmtp;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.alerting.DeliveryAttempt.Outcome;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.alerting.internal.NotificationDelivery;
import io.plumbline.alerting.internal.WebhookSender;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationService;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.tenancy.ClientDetails;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery driven by hand: the clock is moved two hours ahead first, so the real
 * scheduler (which runs on wall-clock time) leaves these notifications alone and each
 * attempt below is the test's own.
 */
@PostgresIntegrationTest
class NotificationDeliveryIT {

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

    AlertingFixtures alerting;

    TestAgency agency;

    ClientDetails client;

    HttpServer webhook;

    final AtomicInteger webhookCalls = new AtomicInteger();

    final List<String> acceptedBodies = new CopyOnWriteArrayList<>();

    final List<Map<String, String>> acceptedHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        clock.advance(Duration.ofHours(2));
        alerting = new AlertingFixtures(integrationService, rules, channels);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // /hook: the first request of every notice (by its delivery key) fails with 500,
        // the next is accepted.
        // /ok: always accepted.
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        webhook.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            webhookCalls.incrementAndGet();
            String key = exchange.getRequestHeaders().getFirst("X-Plumbline-Delivery");
            boolean flaky = exchange.getRequestURI().getPath().equals("/hook");
            int status = flaky && failedOnce.add(key) ? 500 : 200;
            if (status == 200) {
                acceptedBodies.add(new String(body, StandardCharsets.UTF_8));
                acceptedHeaders.add(Map.of("delivery", exchange.getRequestHeaders().getFirst("X-Plumbline-Delivery"),
                        "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Plumbline-Signature")),
                        "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("X-Plumbline-Timestamp"))));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
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
    void with_smtp_down_then_up_and_a_webhook_failing_once_every_notice_arrives_exactly_once() throws Exception {
        ChannelDetails mail = alerting.anEmailChannel(agency, "ops@agency.test", "lead@agency.test");
        ChannelDetails slack = alerting.aWebhookChannel(agency, hookUrl(), WebhookFormat.SLACK, null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        IntegrationDetails esp = alerting.anIntegration(agency, client, today.plusDays(3), null);
        alerting.anIntegration(agency, client, today.plusDays(4), null);
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.PAGE,
                Set.of(mail.id(), slack.id()));

        evaluator.evaluate(agency.id());
        renew(esp, today.plusDays(365));
        evaluator.evaluate(agency.id());

        List<NotificationDetails> queued = agency.scope().call(alerts::notifications);
        // Two conditions fired together: one grouped notice per channel; then one
        // resolved notice per channel.
        assertThat(queued).hasSize(4);
        assertThat(queued).extracting(NotificationDetails::transition)
            .containsExactlyInAnyOrder(Transition.FIRING, Transition.FIRING, Transition.RESOLVED, Transition.RESOLVED);
        assertThat(queued).filteredOn(n -> n.transition() == Transition.FIRING)
            .allSatisfy(n -> assertThat(n.alerts()).hasSize(2));

        attemptAll(queued); // SMTP is down, the webhook answers 500
        for (NotificationDetails notice : reload(queued)) {
            assertThat(notice.state()).isEqualTo(NotificationState.PENDING);
            assertThat(notice.attempts()).isEqualTo(1);
            assertThat(notice.nextAttemptAt()).isAfter(clock.instant());
        }
        SMTP.start();
        clock.advance(Duration.ofSeconds(31));
        attemptAll(queued);
        attemptAll(queued); // nothing is due any more: nothing is sent twice

        assertThat(reload(queued)).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo(NotificationState.DELIVERED);
            assertThat(n.attempts()).isEqualTo(2);
        });
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(4); // 2 notices × 2 recipients
        assertThat(received).extracting(MimeMessage::getSubject)
            .containsOnly("[PAGE] FIRING: " + ruleName() + " — 2 alerts",
                    "[PAGE] RESOLVED: " + ruleName() + " — 1 alert");
        assertThat(webhookCalls).hasValue(4);
        assertThat(acceptedBodies).hasSize(2);
        assertThat(acceptedHeaders).extracting(h -> h.get("delivery")).doesNotHaveDuplicates();
        assertThat(acceptedHeaders).allSatisfy(h -> assertThat(h.get("signature"))
            .isEqualTo("sha256=" + WebhookSender.hmac("a-signing-secret-of-some-length",
                    h.get("timestamp") + "." + acceptedBodies.get(acceptedHeaders.indexOf(h)))));
        NotificationDetails firingHook = reload(queued).stream()
            .filter(n -> n.transition() == Transition.FIRING && n.channel().orElseThrow().equals(slack.id()))
            .findFirst()
            .orElseThrow();
        List<DeliveryAttempt> log = agency.scope().call(() -> alerts.attempts(firingHook.id()));
        assertThat(log).extracting(DeliveryAttempt::outcome, DeliveryAttempt::statusCode)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, 500),
                    org.assertj.core.groups.Tuple.tuple(Outcome.DELIVERED, 200));
    }

    @Test
    void slack_payload_has_fallback_text_a_header_and_a_section() throws Exception {
        SMTP.start();
        ChannelDetails slack = alerting.aWebhookChannel(agency, hookUrl(), WebhookFormat.SLACK, null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        alerting.anIntegration(agency, client, today.plusDays(3), null);
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.TICKET,
                Set.of(slack.id()));
        evaluator.evaluate(agency.id());
        List<NotificationDetails> queued = agency.scope().call(alerts::notifications);
        attemptAll(queued);
        clock.advance(Duration.ofSeconds(31));
        attemptAll(queued);

        JsonNode slackMessage = JsonMapper.builder().build().readTree(acceptedBodies.getFirst());
        assertThat(slackMessage.get("text").asString()).startsWith("[TICKET] FIRING: ");
        assertThat(slackMessage.get("blocks").get(0).get("type").asString()).isEqualTo("header");
        assertThat(slackMessage.get("blocks").get(0).get("text").get("type").asString()).isEqualTo("plain_text");
        assertThat(slackMessage.get("blocks").get(1).get("type").asString()).isEqualTo("section");
        assertThat(slackMessage.get("blocks").get(1).get("text").get("type").asString()).isEqualTo("mrkdwn");
        assertThat(slackMessage.get("blocks").get(1).get("text").get("text").asString())
            .contains("credential expires in 3 days");
    }

    @Test
    void quiet_hours_delay_a_ticket_to_their_end_but_a_page_goes_out_when_the_channel_says_so() {
        LocalTime nowUtc = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        QuietHours quiet = new QuietHours(nowUtc.minusHours(1).withNano(0), nowUtc.plusHours(1).withNano(0),
                ZoneOffset.UTC, true);
        ChannelDetails hook = alerting.aWebhookChannel(agency, hookUrl().replace("/hook", "/ok"),
                WebhookFormat.GENERIC_JSON, quiet);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        alerting.anIntegration(agency, client, today.plusDays(3), null);
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 14, null, null, AlertSeverity.TICKET,
                Set.of(hook.id()));
        alerting.aRule(agency, AlertRuleKind.CREDENTIAL_EXPIRY, null, 30, null, null, AlertSeverity.PAGE,
                Set.of(hook.id()));
        Instant now = clock.instant();

        evaluator.evaluate(agency.id());
        List<NotificationDetails> queued = agency.scope().call(alerts::notifications);
        attemptAll(queued);

        NotificationDetails ticket = reload(queued).stream()
            .filter(n -> n.severity() == AlertSeverity.TICKET)
            .findFirst()
            .orElseThrow();
        NotificationDetails page = reload(queued).stream()
            .filter(n -> n.severity() == AlertSeverity.PAGE)
            .findFirst()
            .orElseThrow();
        assertThat(ticket.attempts()).as("held back, not dropped").isZero();
        assertThat(ticket.state()).isEqualTo(NotificationState.PENDING);
        assertThat(ticket.nextAttemptAt()).isEqualTo(quiet.endOfQuietPeriod(now).orElseThrow());
        assertThat(page.attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(61));
        attemptAll(queued);
        attemptAll(queued);
        assertThat(reload(queued)).allSatisfy(n -> assertThat(n.state()).isEqualTo(NotificationState.DELIVERED));
    }

    private void attemptAll(List<NotificationDetails> notices) {
        notices.forEach(n -> delivery.attempt(agency.id(), n.id()));
    }

    private List<NotificationDetails> reload(List<NotificationDetails> notices) {
        return notices.stream().map(n -> agency.scope().call(() -> alerts.notification(n.id())).orElseThrow()).toList();
    }

    private String ruleName() {
        return agency.scope().call(rules::list).getFirst().name();
    }

    private void renew(IntegrationDetails integration, LocalDate expiry) {
        IntegrationDraft draft = IntegrationDraft.of(integration);
        agency.scope()
            .run(() -> integrationService.update(integration.id(),
                    new IntegrationDraft(draft.client(), draft.key(), draft.name(), draft.category(), draft.provider(),
                            draft.baseUrl(), draft.apiVersion(), draft.authType(), expiry, draft.credentialScopes(),
                            draft.quota(), draft.criticality(), draft.owner(), draft.notes())));
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
    }

}
