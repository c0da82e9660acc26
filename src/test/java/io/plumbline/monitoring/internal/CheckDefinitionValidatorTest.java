package io.plumbline.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.JsonPathAssertion;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.monitoring.ScriptedServer.Reply;
import io.plumbline.monitoring.ScriptedServer;
import io.plumbline.shared.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CheckDefinitionValidatorTest {

    private static final CheckAssertions EVERYTHING = new CheckAssertions(Set.of(200, 204), Duration.ofMillis(500),
            Duration.ofSeconds(2), List.of(new HeaderAssertion("Content-Type", "application/json")),
            List.of(new JsonPathAssertion("$.status", "ok")), "{\"type\":\"object\",\"required\":[\"status\"]}");

    private static CheckDefinition valid() {
        return new CheckDefinition("POST", URI.create("https://api.example.test/v1/ping"),
                Map.of("Authorization", "Bearer t0ken"), "{}", Duration.ofSeconds(5), EVERYTHING,
                new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5)));
    }

    private static List<String> fieldsWithProblems(CheckDefinition definition) {
        return CheckDefinitionValidator.problems(definition).stream().map(InvalidInputException::field).toList();
    }

    private static CheckDefinition withAssertions(UnaryOperator<CheckAssertions> change) {
        CheckDefinition d = valid();
        return new CheckDefinition(d.method(), d.url(), d.headers(), d.body(), d.timeout(),
                change.apply(d.assertions()), d.retry());
    }

    private static CheckAssertions assertions(Set<Integer> statuses, Duration degraded, Duration failed,
            List<HeaderAssertion> headers, List<JsonPathAssertion> paths, String schema) {
        return new CheckAssertions(statuses, degraded, failed, headers, paths, schema);
    }

    @Test
    void a_complete_definition_has_no_problems() {
        assertThat(CheckDefinitionValidator.problems(valid())).isEmpty();
    }

    @Test
    void request_fields_are_checked() {
        assertThat(fieldsWithProblems(new CheckDefinition("FETCH", URI.create("ftp://api.example.test/"), Map.of(),
                null, Duration.ofMillis(50), null, null)))
            .containsExactly("method", "url", "timeout");
        assertThat(fieldsWithProblems(new CheckDefinition("get", URI.create("https:///path"), Map.of(), null,
                Duration.ofSeconds(61), null, null)))
            .containsExactly("method", "url", "timeout");
        assertThat(fieldsWithProblems(new CheckDefinition(null, null, Map.of(), null, null, null, null)))
            .containsExactly("method", "url", "timeout");
    }

    @Test
    void the_timeout_bounds_are_inclusive() {
        CheckDefinition d = valid();
        for (Duration timeout : List.of(Duration.ofMillis(100), Duration.ofSeconds(60))) {
            assertThat(CheckDefinitionValidator.problems(new CheckDefinition(d.method(), d.url(), d.headers(), d.body(),
                    timeout, d.assertions(), d.retry())))
                .isEmpty();
        }
    }

    @Test
    void headers_the_client_sets_itself_or_that_break_the_request_are_refused() {
        CheckDefinition d = valid();
        for (Map<String, String> headers : List.of(Map.of("Host", "intranet"), Map.of("Bad Name", "x"),
                Map.of("X-Token", "a\r\nHost: intranet"))) {
            assertThat(fieldsWithProblems(new CheckDefinition(d.method(), d.url(), headers, d.body(), d.timeout(),
                    d.assertions(), d.retry())))
                .containsExactly("headers");
        }
    }

    @Test
    void the_degraded_threshold_must_be_below_the_failed_one() {
        CheckDefinition equal = withAssertions(a -> assertions(a.expectedStatuses(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), a.headers(), a.jsonPaths(), a.jsonSchema()));

        List<InvalidInputException> problems = CheckDefinitionValidator.problems(equal);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("assertions.degradedLatency");
            assertThat(problem.getMessage()).isEqualTo("The degraded threshold must be below the failed threshold.");
        });
    }

    @Test
    void statuses_must_be_http_statuses() {
        assertThat(fieldsWithProblems(withAssertions(a -> assertions(Set.of(200, 600), a.degradedLatency(),
                a.failedLatency(), a.headers(), a.jsonPaths(), a.jsonSchema()))))
            .containsExactly("assertions.expectedStatuses");
        assertThat(fieldsWithProblems(withAssertions(a -> assertions(Set.of(99), a.degradedLatency(), a.failedLatency(),
                a.headers(), a.jsonPaths(), a.jsonSchema()))))
            .containsExactly("assertions.expectedStatuses");
    }

    @Test
    void header_patterns_must_be_regular_expressions() {
        CheckDefinition broken = withAssertions(
                a -> assertions(a.expectedStatuses(), a.degradedLatency(), a.failedLatency(),
                        List.of(new HeaderAssertion("Content-Type", "json"), new HeaderAssertion("X-Version", "(2\\.")),
                        a.jsonPaths(), a.jsonSchema()));

        assertThat(fieldsWithProblems(broken)).containsExactly("assertions.headers[1].pattern");
    }

    @Test
    void json_paths_must_compile() {
        CheckDefinition broken = withAssertions(a -> assertions(a.expectedStatuses(), a.degradedLatency(),
                a.failedLatency(), a.headers(),
                List.of(new JsonPathAssertion("$[?(@.a ==]", "1"), new JsonPathAssertion(" ", "1")), a.jsonSchema()));

        assertThat(fieldsWithProblems(broken)).containsExactly("assertions.jsonPaths[0].path",
                "assertions.jsonPaths[1].path");
    }

    @Test
    void the_schema_must_be_json() {
        CheckDefinition broken = withAssertions(a -> assertions(a.expectedStatuses(), a.degradedLatency(),
                a.failedLatency(), a.headers(), a.jsonPaths(), "{\"type\": object}"));

        assertThat(CheckDefinitionValidator.problems(broken)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("assertions.jsonSchema");
            assertThat(problem.getMessage()).startsWith("The schema is not valid JSON");
        });
    }

    @Test
    void a_schema_referring_to_a_remote_document_is_refused_without_fetching_it() throws Exception {
        try (ScriptedServer server = ScriptedServer.replying(Reply.json("{\"type\":\"string\"}"))) {
            String schema = "{\"properties\":{\"id\":{\"$ref\":\"" + server.url("/id.json") + "\"}}}";
            CheckDefinition remote = withAssertions(a -> assertions(a.expectedStatuses(), a.degradedLatency(),
                    a.failedLatency(), a.headers(), a.jsonPaths(), schema));

            assertThat(fieldsWithProblems(remote)).containsExactly("assertions.jsonSchema");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void retry_attempts_run_from_one_to_five_and_backoff_is_bounded() {
        CheckDefinition d = valid();
        for (RetryPolicy retry : List.of(new RetryPolicy(0, Duration.ZERO, Duration.ZERO),
                new RetryPolicy(6, Duration.ZERO, Duration.ZERO))) {
            assertThat(fieldsWithProblems(new CheckDefinition(d.method(), d.url(), d.headers(), d.body(), d.timeout(),
                    d.assertions(), retry)))
                .containsExactly("retry.maxAttempts");
        }
        assertThat(fieldsWithProblems(new CheckDefinition(d.method(), d.url(), d.headers(), d.body(), d.timeout(),
                d.assertions(), new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(1)))))
            .containsExactly("retry.maxBackoff");
        assertThat(fieldsWithProblems(new CheckDefinition(d.method(), d.url(), d.headers(), d.body(), d.timeout(),
                d.assertions(), new RetryPolicy(1, Duration.ofMillis(-1), Duration.ofMinutes(2)))))
            .containsExactly("retry.initialBackoff", "retry.maxBackoff");
    }

    @Test
    void require_valid_throws_the_first_problem_with_its_field() {
        CheckDefinition d = valid();
        CheckDefinition noUrl = new CheckDefinition(d.method(), null, d.headers(), d.body(), d.timeout(),
                d.assertions(), d.retry());

        assertThatThrownBy(() -> CheckDefinitionValidator.requireValid(noUrl)).isInstanceOfSatisfying(
                InvalidInputException.class, problem -> assertThat(problem.field()).isEqualTo("url"));
    }

}
