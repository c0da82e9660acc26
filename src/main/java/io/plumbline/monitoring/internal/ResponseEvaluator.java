package io.plumbline.monitoring.internal;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.plumbline.monitoring.AssertionResult;
import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckOutcome;
import io.plumbline.monitoring.FailureClass;
import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.JsonPathAssertion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Judges one response against every assertion of a check, so that a "Run now" shows all
 * of them, not just the first that failed. Compiles patterns and the schema once per run.
 */
final class ResponseEvaluator {

    /**
     * @param failureClass {@code null} unless down
     */
    record Verdict(CheckOutcome outcome, FailureClass failureClass, String message, List<AssertionResult> assertions) {
    }

    private record Failure(FailureClass failureClass, String message) {
    }

    private record Document(JsonNode tree, Object value) {
    }

    private static final int SCHEMA_MESSAGES_SHOWN = 3;

    private static final String NOT_JSON = "(body is not JSON)";

    private final CheckAssertions expected;

    private final List<Pattern> headerPatterns;

    private final Schema schema;

    ResponseEvaluator(CheckAssertions expected) {
        this.expected = expected;
        this.headerPatterns = expected.headers().stream().map(header -> Pattern.compile(header.pattern())).toList();
        this.schema = expected.jsonSchema() == null ? null : Json.schema(expected.jsonSchema());
    }

    Verdict evaluate(Received response) {
        List<AssertionResult> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        checkStatus(response, results, failures);
        checkLatency(response.latency(), results, failures);
        checkHeaders(response.headers(), results, failures);
        if (!expected.jsonPaths().isEmpty() || schema != null) {
            checkJson(response, results, failures);
        }
        if (!failures.isEmpty()) {
            Failure first = failures.getFirst();
            // Counted by result lines, so that a JSONPath failing because the body is not
            // JSON counts too.
            long otherFailures = results.stream().filter(result -> !result.passed()).count() - 1;
            String others = otherFailures == 0 ? ""
                    : " %d other assertion%s also failed.".formatted(otherFailures, otherFailures == 1 ? "" : "s");
            return new Verdict(CheckOutcome.DOWN, first.failureClass(), first.message() + others, results);
        }
        Duration degraded = expected.degradedLatency();
        if (degraded != null && response.latency().compareTo(degraded) >= 0) {
            return new Verdict(CheckOutcome.DEGRADED, null, "Latency %s ≥ degraded threshold %s."
                .formatted(Phrases.millis(response.latency()), Phrases.millis(degraded)), results);
        }
        return new Verdict(CheckOutcome.UP, null, "Every assertion passed.", results);
    }

    private void checkStatus(Received response, List<AssertionResult> results, List<Failure> failures) {
        int status = response.status();
        boolean passed = expected.expectedStatuses().isEmpty() ? status >= 200 && status < 300
                : expected.expectedStatuses().contains(status);
        String wanted = expected.expectedStatuses().isEmpty() ? "2xx"
                : expected.expectedStatuses().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        results.add(new AssertionResult("status", passed, wanted, String.valueOf(status)));
        if (passed) {
            return;
        }
        failures.add(switch (status) {
            case 401 -> new Failure(FailureClass.AUTH, "The server answered 401: the credentials were refused.");
            case 403 -> new Failure(FailureClass.AUTH, "The server answered 403: access is forbidden.");
            case 429 -> new Failure(FailureClass.THROTTLED, "The server answered 429: too many requests.");
            default -> {
                if (status >= 500 && status < 600) {
                    yield new Failure(FailureClass.SERVER_ERROR, "The server answered %d.".formatted(status));
                }
                if (status >= 400 && status < 500) {
                    yield new Failure(FailureClass.CLIENT_ERROR,
                            "The server answered %d; expected %s.".formatted(status, wanted));
                }
                if (status >= 300 && status < 400) {
                    String location = response.headers().getOrDefault("Location", List.of("?")).getFirst();
                    yield new Failure(FailureClass.ASSERTION_FAILED,
                            "Unexpected redirect (%d) to %s; expected %s.".formatted(status, location, wanted));
                }
                yield new Failure(FailureClass.ASSERTION_FAILED,
                        "The server answered %d; expected %s.".formatted(status, wanted));
            }
        });
    }

    private void checkLatency(Duration latency, List<AssertionResult> results, List<Failure> failures) {
        Duration limit = expected.failedLatency();
        if (limit == null) {
            return;
        }
        boolean passed = latency.compareTo(limit) < 0;
        results.add(new AssertionResult("latency", passed, "< " + Phrases.millis(limit), Phrases.millis(latency)));
        if (!passed) {
            failures.add(new Failure(FailureClass.ASSERTION_FAILED,
                    "Latency %s ≥ failed threshold %s.".formatted(Phrases.millis(latency), Phrases.millis(limit))));
        }
    }

    private void checkHeaders(Map<String, List<String>> headers, List<AssertionResult> results,
            List<Failure> failures) {
        for (int i = 0; i < headerPatterns.size(); i++) {
            HeaderAssertion assertion = expected.headers().get(i);
            Pattern pattern = headerPatterns.get(i);
            List<String> values = headers.getOrDefault(assertion.name(), List.of());
            boolean passed = values.stream().anyMatch(value -> pattern.matcher(value).find());
            String actual = values.isEmpty() ? "(absent)" : String.join(", ", values);
            results.add(new AssertionResult("header " + assertion.name(), passed, "matches " + assertion.pattern(),
                    actual));
            if (!passed) {
                failures.add(new Failure(FailureClass.ASSERTION_FAILED,
                        values.isEmpty() ? "The header %s is missing.".formatted(assertion.name())
                                : "The header %s is \"%s\", which does not match %s.".formatted(assertion.name(),
                                        actual, assertion.pattern())));
            }
        }
    }

    private void checkJson(Received response, List<AssertionResult> results, List<Failure> failures) {
        Document document = null;
        String problem;
        try {
            JsonNode tree = Json.MAPPER.readTree(response.body());
            problem = tree.isMissingNode() ? "it is empty" : null;
            document = tree.isMissingNode() ? null : new Document(tree, Json.MAPPER.treeToValue(tree, Object.class));
        }
        catch (JacksonException e) {
            problem = e.getOriginalMessage() + (response.truncated() ? " (only the start of the body was read)" : "");
        }
        if (document == null) {
            results.add(new AssertionResult("JSON body", false, "valid JSON", problem));
            failures.add(new Failure(FailureClass.ASSERTION_FAILED,
                    Phrases.sentence("The body is not valid JSON: " + problem)));
        }
        else {
            results.add(new AssertionResult("JSON body", true, "valid JSON", "valid JSON"));
        }
        for (JsonPathAssertion assertion : expected.jsonPaths()) {
            checkPath(assertion, document, results, failures);
        }
        if (schema != null) {
            checkSchema(document, results, failures);
        }
    }

    private static void checkPath(JsonPathAssertion assertion, Document document, List<AssertionResult> results,
            List<Failure> failures) {
        if (document == null) {
            results.add(new AssertionResult(assertion.path(), false, assertion.expected(), NOT_JSON));
            return;
        }
        String actual;
        try {
            actual = text(JsonPath.read(document.value(), assertion.path()));
        }
        catch (PathNotFoundException e) {
            actual = "(no value)";
        }
        catch (JsonPathException e) {
            actual = "(" + e.getMessage() + ")";
        }
        boolean passed = actual.equals(assertion.expected());
        results.add(new AssertionResult(assertion.path(), passed, assertion.expected(), actual));
        if (!passed) {
            failures.add(new Failure(FailureClass.ASSERTION_FAILED,
                    "%s is %s; expected %s.".formatted(assertion.path(), actual, assertion.expected())));
        }
    }

    private void checkSchema(Document document, List<AssertionResult> results, List<Failure> failures) {
        if (document == null) {
            results.add(new AssertionResult("JSON schema", false, "matches the schema", NOT_JSON));
            return;
        }
        List<Error> errors = schema.validate(document.tree());
        if (errors.isEmpty()) {
            results.add(new AssertionResult("JSON schema", true, "matches the schema", "matches"));
            return;
        }
        String shown = errors.stream()
            .limit(SCHEMA_MESSAGES_SHOWN)
            .map(ResponseEvaluator::describe)
            .collect(Collectors.joining("; "));
        if (errors.size() > SCHEMA_MESSAGES_SHOWN) {
            shown += "; and %d more".formatted(errors.size() - SCHEMA_MESSAGES_SHOWN);
        }
        results.add(new AssertionResult("JSON schema", false, "matches the schema", shown));
        failures.add(new Failure(FailureClass.SCHEMA_VIOLATION, "The body does not match the schema: " + shown + "."));
    }

    /**
     * "/items/0/id: string found, integer expected", or just the message for the whole
     * document.
     */
    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() ? error.getMessage() : location + ": " + error.getMessage();
    }

    /**
     * A JSON value as the user would type it: strings without quotes, objects and arrays
     * as JSON.
     */
    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return Json.MAPPER.writeValueAsString(value);
        }
        return value.toString();
    }

}
