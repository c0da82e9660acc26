package io.plumbline.alerting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.ScriptedServer;
import io.plumbline.monitoring.ScriptedServer.Reply;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Against real servers on loopback addresses; the guard's lookup is injected, the JDK's
 * would say 127.0.0.1.
 */
class WebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void the_notice_goes_to_the_address_the_guard_approved_and_never_to_a_later_lookup_of_the_name() throws Exception {
        try (ScriptedServer rebound = ScriptedServer.replying(Reply.of(204));
                ScriptedServer approved = ScriptedServer
                    .on(new InetSocketAddress(InetAddress.ofLiteral("127.0.0.2"), rebound.port()), Reply.of(204))) {
            WebhookSender sender = new WebhookSender(
                    new OutboundUrlGuard(host -> List.of(InetAddress.ofLiteral("127.0.0.2"))));
            URI hook = URI.create("http://localhost:%d/hook".formatted(rebound.port()));

            WebhookSender.Result result = sender.post(hook, "{}", "delivery-1", Optional.empty(), NOW,
                    List.of("127.0.0.2"));

            assertThat(result.delivered()).isTrue();
            assertThat(rebound.requests()).isEmpty();
            assertThat(approved.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("Host")).isEqualTo("localhost:" + rebound.port());
                assertThat(request.header("X-Plumbline-Delivery")).isEqualTo("delivery-1");
            });
        }
    }

    @Test
    void a_refused_address_is_reported_with_the_guards_reason_and_nothing_is_sent() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(204))) {
            WebhookSender sender = new WebhookSender(
                    new OutboundUrlGuard(host -> List.of(InetAddress.ofLiteral("127.0.0.1"))));

            URI hook = URI.create("http://hooks.example.test:%d/".formatted(server.port()));

            WebhookSender.Result result = sender.post(hook, "{}", "delivery-2", Optional.empty(), NOW, List.of());

            assertThat(result.delivered()).isFalse();
            assertThat(result.error()).isEqualTo("Refused: hooks.example.test resolves to 127.0.0.1, which is in "
                    + "127.0.0.0/8, Loopback (RFC 1122); an agency admin can allow-list it for self-hosted APIs.");
            assertThat(server.requests()).isEmpty();
        }
    }

}
