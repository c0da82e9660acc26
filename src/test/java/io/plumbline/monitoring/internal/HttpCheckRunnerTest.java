package io.plumbline.monitoring.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.monitoring.AssertionResult;
import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.CheckOutcome;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.FailureClass;
import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.HostResolver;
import io.plumbline.monitoring.JsonPathAssertion;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.monitoring.ScriptedServer;
import io.plumbline.monitoring.ScriptedServer.Reply;
import io.plumbline.monitoring.TestCertificate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against a real HTTP server on 127.0.0.1, allow-listed as a self-hosted API would be.
 */
class HttpCheckRunnerTest {

    private static final List<String> LOOPBACK_ALLOWED = List.of("127.0.0.1");

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(150));

    private static final String SCHEMA = """
            {"type": "object", "required": ["id", "name"],
             "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}""";

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    private final CheckRunner runner = runnerWith(new OutboundUrlGuard(HostResolver.system()));

    private CheckRunner runnerWith(OutboundUrlGuard guard) {
        return new HttpCheckRunner(guard, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add, BackoffTest.HIGHEST);
    }

    private static CheckDefinition get(URI url, CheckAssertions assertions, RetryPolicy retry) {
        return new CheckDefinition("GET", url, Map.of(), null, Duration.ofSeconds(5), assertions, retry);
    }

    private static CheckAssertions expecting(List<HeaderAssertion> headers, List<JsonPathAssertion> paths,
            String schema) {
        return new CheckAssertions(Set.of(), null, null, headers, paths, schema);
    }

    @Test
    void a_json_api_passing_every_assertion_is_up() throws Exception {
        String body = "{\"id\": 7, \"name\": \"Acme CRM\", \"status\": \"ok\", \"tags\": [\"a\", \"b\"]}";
        try (ScriptedServer server = ScriptedServer.replying(Reply.json(body))) {
            CheckAssertions all = new CheckAssertions(Set.of(200), Duration.ofSeconds(2), Duration.ofSeconds(4),
                    List.of(new HeaderAssertion("content-type", "^application/json")),
                    List.of(new JsonPathAssertion("$.status", "ok"), new JsonPathAssertion("$.id", "7"),
                            new JsonPathAssertion("$.tags", "[\"a\",\"b\"]")),
                    SCHEMA);

            CheckResult result = runner.run(get(server.url("/health"), all, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(result.failureClass()).isNull();
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.retried()).isFalse();
            assertThat(result.startedAt()).isEqualTo(NOW);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.bodyExcerpt()).isEqualTo(body);
            assertThat(result.responseHeaders().get("CONTENT-TYPE")).containsExactly("application/json; charset=utf-8");
            assertThat(result.assertions()).extracting(AssertionResult::name)
                .containsExactly("status", "latency", "header content-type", "JSON body", "$.status", "$.id", "$.tags",
                        "JSON schema");
            assertThat(result.assertions()).allMatch(AssertionResult::passed);
            assertThat(result.message()).isEqualTo("Every assertion passed.");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void the_request_carries_the_method_headers_and_body() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(204))) {
            CheckDefinition post = new CheckDefinition("POST", server.url("/leads"),
                    Map.of("Authorization", "Bearer t0ken", "Content-Type", "application/json"), "{\"test\":true}",
                    Duration.ofSeconds(5), null, null);

            assertThat(runner.run(post, LOOPBACK_ALLOWED).outcome()).isEqualTo(CheckOutcome.UP);

            ScriptedServer.Request request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).isEqualTo("{\"test\":true}");
            assertThat(request.header("Authorization")).isEqualTo("Bearer t0ken");
            assertThat(request.header("User-Agent")).startsWith("Plumbline-Monitor");
        }
    }

    @Test
    void a_server_slower_than_the_timeout_is_down_with_timeout_after_every_attempt() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200).after(Duration.ofSeconds(1)))) {
            CheckDefinition impatient = new CheckDefinition("GET", server.url("/slow"), Map.of(), null,
                    Duration.ofMillis(200), null, new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)));

            CheckResult result = runner.run(impatient, LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.TIMEOUT);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(result.retried()).isFalse();
            assertThat(result.status()).isNull();
            assertThat(result.latency()).isBetween(Duration.ofMillis(200), Duration.ofMillis(900));
            assertThat(result.message()).contains("within 200 ms").contains("Tried 2 times.");
            assertThat(sleeps).hasSize(1);
        }
    }

    @Test
    void a_response_between_the_degraded_and_failed_thresholds_is_degraded() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200).after(Duration.ofMillis(300)))) {
            CheckAssertions thresholds = new CheckAssertions(Set.of(), Duration.ofMillis(100), Duration.ofSeconds(3),
                    List.of(), List.of(), null);

            CheckResult result = runner.run(get(server.url("/"), thresholds, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DEGRADED);
            assertThat(result.failureClass()).isNull();
            assertThat(result.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(result.assertions()).allMatch(AssertionResult::passed);
            assertThat(result.message()).startsWith("Latency ").endsWith("≥ degraded threshold 100 ms.");
        }
    }

    @Test
    void a_response_at_the_failed_threshold_is_down_and_not_retried() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200).after(Duration.ofMillis(300)))) {
            CheckAssertions thresholds = new CheckAssertions(Set.of(), Duration.ofMillis(50), Duration.ofMillis(100),
                    List.of(), List.of(), null);

            CheckResult result = runner.run(get(server.url("/"), thresholds, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.message()).matches("Latency [\\d,]+ ms ≥ failed threshold 100 ms\\.");
            assertThat(result.assertions()).filteredOn(a -> a.name().equals("latency"))
                .singleElement()
                .satisfies(latency -> {
                    assertThat(latency.passed()).isFalse();
                    assertThat(latency.expected()).isEqualTo("< 100 ms");
                });
        }
    }

    @Test
    void throttled_then_ok_is_up_but_retried_after_waiting_as_the_server_asked() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(429).withHeader("Retry-After", "1"),
                Reply.of(200))) {
            RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5));

            CheckResult result = runner.run(get(server.url("/"), null, retry), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(result.retried()).isTrue();
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
            assertThat(result.message()).contains("attempt 2").contains("429");
        }
    }

    @Test
    void a_retry_after_beyond_the_maximum_backoff_is_capped() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(429).withHeader("Retry-After", "120"),
                Reply.of(429).withHeader("Retry-After", "120"))) {
            RetryPolicy retry = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(2));

            CheckResult result = runner.run(get(server.url("/"), null, retry), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.THROTTLED);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        }
    }

    @Test
    void unauthorized_is_an_auth_failure_and_never_retried() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(401), Reply.of(200))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.AUTH);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(server.requests()).hasSize(1);
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void server_error_then_success_counts_as_up_but_retried() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(500), Reply.of(200))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(result.failureClass()).isNull();
            assertThat(result.retried()).isTrue();
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(result.status()).isEqualTo(200);
            assertThat(sleeps).containsExactly(Duration.ofMillis(100));
            assertThat(result.message()).isEqualTo(
                    "Every assertion passed. It passed on attempt 2; the first attempt failed: The server answered 500.");
        }
    }

    @Test
    void server_errors_on_every_attempt_are_down_after_the_maximum_attempts() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(503))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.SERVER_ERROR);
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(result.retried()).isFalse();
            assertThat(server.requests()).hasSize(3);
            assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
        }
    }

    @Test
    void a_body_that_is_not_json_fails_the_json_path_assertion() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{\"status\": ok}"))) {
            CheckAssertions path = expecting(List.of(), List.of(new JsonPathAssertion("$.status", "ok")), null);

            CheckResult result = runner.run(get(server.url("/"), path, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.message()).startsWith("The body is not valid JSON: ");
            assertThat(result.assertions()).extracting(AssertionResult::name, AssertionResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", true),
                        org.assertj.core.groups.Tuple.tuple("JSON body", false),
                        org.assertj.core.groups.Tuple.tuple("$.status", false));
        }
    }

    @Test
    void an_empty_body_is_not_json() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200))) {
            CheckAssertions schema = expecting(List.of(), List.of(), SCHEMA);

            CheckResult result = runner.run(get(server.url("/"), schema, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.message())
                .isEqualTo("The body is not valid JSON: it is empty. " + "1 other assertion also failed.");
        }
    }

    @Test
    void a_body_breaking_the_schema_is_a_schema_violation_naming_the_fields() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{\"id\": \"seven\"}"))) {
            CheckAssertions schema = expecting(List.of(), List.of(), SCHEMA);

            CheckResult result = runner.run(get(server.url("/"), schema, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.SCHEMA_VIOLATION);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.message()).startsWith("The body does not match the schema: ")
                .contains("/id: string found, integer expected")
                .contains("'name'");
            assertThat(result.assertions()).filteredOn(a -> a.name().equals("JSON schema"))
                .singleElement()
                .satisfies(check -> {
                    assertThat(check.passed()).isFalse();
                    assertThat(check.actual()).contains("/id").contains("name");
                });
        }
    }

    @Test
    void only_the_first_three_schema_messages_are_shown() throws Exception {
        String fourWrong = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
                + "\"b\":{\"type\":\"string\"},\"c\":{\"type\":\"string\"},\"d\":{\"type\":\"string\"}}}";
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}"))) {
            CheckResult result = runner
                .run(get(server.url("/"), expecting(List.of(), List.of(), fourWrong), THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.message()).contains("; and 1 more");
            assertThat(result.message().split("integer found")).hasSize(4);
        }
    }

    @Test
    void header_assertions_pass_when_the_pattern_is_found_and_fail_when_it_is_not() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{}").withHeader("X-Api-Version", "1.4"))) {
            CheckAssertions headers = expecting(
                    List.of(new HeaderAssertion("Content-Type", "application/json"),
                            new HeaderAssertion("X-Api-Version", "^2\\."), new HeaderAssertion("X-Request-Id", ".+")),
                    List.of(), null);

            CheckResult result = runner.run(get(server.url("/"), headers, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.assertions()).containsExactly(new AssertionResult("status", true, "2xx", "200"),
                    new AssertionResult("header Content-Type", true, "matches application/json",
                            "application/json; charset=utf-8"),
                    new AssertionResult("header X-Api-Version", false, "matches ^2\\.", "1.4"),
                    new AssertionResult("header X-Request-Id", false, "matches .+", "(absent)"));
            assertThat(result.message()).isEqualTo(
                    "The header X-Api-Version is \"1.4\", which does not match ^2\\.. 1 other assertion also failed.");
        }
    }

    @Test
    void a_json_path_mismatch_reports_expected_and_actual() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{\"status\": \"degraded\", \"n\": 2}"))) {
            CheckAssertions paths = expecting(List.of(), List.of(new JsonPathAssertion("$.status", "ok"),
                    new JsonPathAssertion("$.n", "2"), new JsonPathAssertion("$.missing", "x")), null);

            CheckResult result = runner.run(get(server.url("/"), paths, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.assertions()).contains(new AssertionResult("$.status", false, "ok", "degraded"),
                    new AssertionResult("$.n", true, "2", "2"),
                    new AssertionResult("$.missing", false, "x", "(no value)"));
            assertThat(result.message()).startsWith("$.status is degraded; expected ok.");
        }
    }

    @Test
    void an_expected_404_passes() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(404))) {
            CheckAssertions gone = new CheckAssertions(Set.of(404), null, null, List.of(), List.of(), null);

            CheckResult result = runner.run(get(server.url("/deleted"), gone, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(result.status()).isEqualTo(404);
        }
    }

    @Test
    void an_unexpected_404_is_a_client_error_and_not_retried() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(404))) {
            CheckResult result = runner.run(get(server.url("/gone"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.CLIENT_ERROR);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.message()).isEqualTo("The server answered 404; expected 2xx.");
        }
    }

    @Test
    void an_unexpected_redirect_fails_and_is_not_followed() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(302).withHeader("Location", "/elsewhere"))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.message()).isEqualTo("Unexpected redirect (302) to /elsewhere; expected 2xx.");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_refused_connection_is_a_connection_failure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort + "/");

        CheckResult result = runner.run(get(nobody, null, THREE_TRIES), LOOPBACK_ALLOWED);

        assertThat(result.failureClass()).isEqualTo(FailureClass.CONNECTION);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.message())
            .isEqualTo("Could not connect to 127.0.0.1:" + closedPort + ": the connection was refused. Tried 3 times.");
    }

    @Test
    void https_to_a_plain_http_server_is_a_tls_failure_and_not_retried() throws Exception {
        try (ServerSocket plainHttp = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // Answers whatever arrives, a TLS hello included, the way a plain HTTP server
            // does: with a 400.
            Thread.ofVirtual().start(() -> {
                while (!plainHttp.isClosed()) {
                    try (Socket socket = plainHttp.accept()) {
                        socket.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(UTF_8));
                    }
                    catch (IOException closed) {
                        return;
                    }
                }
            });
            URI https = URI.create("https://127.0.0.1:" + plainHttp.getLocalPort() + "/");

            CheckResult result = runner.run(get(https, null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.TLS);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.message()).startsWith("The TLS handshake with 127.0.0.1 failed");
        }
    }

    @Test
    void loopback_is_refused_without_an_allow_list_and_nothing_is_sent() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), List.of());

            assertThat(result.outcome()).isEqualTo(CheckOutcome.DOWN);
            assertThat(result.failureClass()).isEqualTo(FailureClass.BLOCKED_URL);
            assertThat(result.message()).isEqualTo(
                    "127.0.0.1 is in 127.0.0.0/8, Loopback (RFC 1122); an agency admin can allow-list it for self-hosted APIs.");
            assertThat(server.requests()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.0.0.0/8" })
    void loopback_is_called_when_allow_listed_by_address_or_range(String entry) throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), List.of(entry));

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void the_guard_is_asked_again_before_every_attempt() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // The first lookup gives the allow-listed address, the next one a private address
        // it was re-pointed to.
        OutboundUrlGuard rebinding = new OutboundUrlGuard(
                host -> List.of(InetAddress.ofLiteral(lookups.incrementAndGet() == 1 ? "127.0.0.1" : "10.0.0.7")));
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(500))) {
            CheckResult result = runnerWith(rebinding).run(get(server.url("/"), null, THREE_TRIES),
                    List.of("127.0.0.0/8"));

            assertThat(result.failureClass()).isEqualTo(FailureClass.BLOCKED_URL);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(result.message())
                .isEqualTo("127.0.0.1 resolves to 10.0.0.7, which is in 10.0.0.0/8, Private-Use (RFC 1918); "
                        + "an agency admin can allow-list it for self-hosted APIs.");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void the_request_goes_to_the_address_the_guard_approved_and_never_to_a_later_lookup_of_the_name() throws Exception {
        // For the JDK, localhost is 127.0.0.1 at connect time; the guard's lookup said
        // 127.0.0.2. Both listen on one port, so only the address decides which server
        // answers. (Loopback stands in for the public address of the scenario: tests send
        // nothing beyond this machine.)
        try (ScriptedServer rebound = ScriptedServer.replying(Reply.of(500));
                ScriptedServer approved = ScriptedServer
                    .on(new InetSocketAddress(InetAddress.ofLiteral("127.0.0.2"), rebound.port()), Reply.of(200))) {
            OutboundUrlGuard guard = new OutboundUrlGuard(host -> List.of(InetAddress.ofLiteral("127.0.0.2")));
            URI url = URI.create("http://localhost:%d/health?full=1".formatted(rebound.port()));

            CheckResult result = runnerWith(guard).run(get(url, null, THREE_TRIES), List.of("127.0.0.2"));

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(rebound.requests()).isEmpty();
            assertThat(approved.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("Host")).isEqualTo("localhost:" + rebound.port()));
        }
    }

    @Test
    void https_goes_to_the_approved_address_with_the_name_as_sni_host_header_and_certificate_name(@TempDir Path dir)
            throws Exception {
        TestCertificate certificate = TestCertificate.forHost("api.pinned.test", dir);
        try (ScriptedServer server = ScriptedServer.overTls(certificate.serverTls(), Reply.of(200))) {
            OutboundUrlGuard guard = new OutboundUrlGuard(host -> List.of(InetAddress.ofLiteral("127.0.0.1")));
            CheckRunner trusting = new HttpCheckRunner(guard, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add,
                    BackoffTest.HIGHEST, certificate.trustingTls());
            URI url = URI.create("https://api.pinned.test:%d/health".formatted(server.port()));

            CheckResult result = trusting.run(get(url, null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(server.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("Host")).isEqualTo("api.pinned.test:" + server.port());
                assertThat(request.serverNames()).containsExactly("api.pinned.test");
            });
        }
    }

    @Test
    void https_to_a_name_the_certificate_does_not_carry_fails_although_the_address_was_approved(@TempDir Path dir)
            throws Exception {
        TestCertificate certificate = TestCertificate.forHost("api.pinned.test", dir);
        try (ScriptedServer server = ScriptedServer.overTls(certificate.serverTls(), Reply.of(200))) {
            OutboundUrlGuard guard = new OutboundUrlGuard(host -> List.of(InetAddress.ofLiteral("127.0.0.1")));
            CheckRunner trusting = new HttpCheckRunner(guard, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add,
                    BackoffTest.HIGHEST, certificate.trustingTls());
            URI url = URI.create("https://other.pinned.test:%d/health".formatted(server.port()));

            CheckResult result = trusting.run(get(url, null, RetryPolicy.once()), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.TLS);
            assertThat(result.message()).contains("other.pinned.test");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void a_huge_body_is_cut_to_the_excerpt() throws Exception {
        String huge = "x".repeat(3 * HttpCheckRunner.MAX_BODY_BYTES);
        try (ScriptedServer server = ScriptedServer.replying(Reply.of(200, huge))) {
            CheckResult result = runner.run(get(server.url("/"), null, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.outcome()).isEqualTo(CheckOutcome.UP);
            assertThat(result.bodyExcerpt()).hasSize(CheckResult.BODY_EXCERPT_CHARS);
        }
    }

    @Test
    void a_json_body_beyond_the_read_limit_says_it_was_cut() throws Exception {
        String huge = "{\"padding\": \"" + "x".repeat(HttpCheckRunner.MAX_BODY_BYTES) + "\", \"status\": \"ok\"}";
        try (ScriptedServer server = ScriptedServer.replying(Reply.json(huge))) {
            CheckAssertions path = expecting(List.of(), List.of(new JsonPathAssertion("$.status", "ok")), null);

            CheckResult result = runner.run(get(server.url("/"), path, THREE_TRIES), LOOPBACK_ALLOWED);

            assertThat(result.failureClass()).isEqualTo(FailureClass.ASSERTION_FAILED);
            assertThat(result.message()).contains("only the start of the body was read");
        }
    }

}
