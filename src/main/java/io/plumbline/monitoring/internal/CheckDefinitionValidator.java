package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.JsonPathAssertion;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.shared.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is wrong with a check definition, field by field, so that a form can mark every
 * field at once. Field names are the record components' paths, e.g.
 * {@code assertions.jsonPaths[0].path}. Whether the URL's address may be called is the
 * {@link OutboundUrlGuard}'s question, asked again at every run.
 */
public final class CheckDefinitionValidator {

    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    public static final Duration MIN_TIMEOUT = Duration.ofMillis(100);

    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    public static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    // RFC 9110 token characters; the JDK client sets the restricted headers itself and
    // refuses them from callers.
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private CheckDefinitionValidator() {
    }

    /** Every problem found; empty if the definition can run. */
    public static List<InvalidInputException> problems(CheckDefinition definition) {
        List<InvalidInputException> problems = new ArrayList<>();
        checkRequest(definition, problems);
        checkAssertions(definition.assertions(), problems);
        checkRetry(definition.retry(), problems);
        return List.copyOf(problems);
    }

    /**
     * @throws InvalidInputException the first problem, if any
     */
    public static void requireValid(CheckDefinition definition) {
        List<InvalidInputException> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    private static void checkRequest(CheckDefinition definition, List<InvalidInputException> problems) {
        if (definition.method() == null || !METHODS.contains(definition.method())) {
            problems.add(new InvalidInputException("method", "Choose one of " + String.join(", ", METHODS) + "."));
        }
        if (definition.url() == null) {
            problems.add(new InvalidInputException("url", "Enter the URL to call."));
        }
        else if (definition.url().getScheme() == null
                || !Set.of("http", "https").contains(definition.url().getScheme().toLowerCase(Locale.ROOT))) {
            problems.add(new InvalidInputException("url", "Use an http:// or https:// URL."));
        }
        else if (definition.url().getHost() == null) {
            problems.add(new InvalidInputException("url", "The URL needs a host name."));
        }
        definition.headers().forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                problems.add(new InvalidInputException("headers", "\"%s\" is not a header name.".formatted(name)));
            }
            else if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(new InvalidInputException("headers",
                        "%s is set by the HTTP client and cannot be sent by a check.".formatted(name)));
            }
            if (value.contains("\r") || value.contains("\n")) {
                problems
                    .add(new InvalidInputException("headers", "The value of %s must be on one line.".formatted(name)));
            }
        });
        Duration timeout = definition.timeout();
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            problems.add(new InvalidInputException("timeout", "Use a timeout between 100 ms and 60 s."));
        }
    }

    private static void checkAssertions(CheckAssertions assertions, List<InvalidInputException> problems) {
        if (assertions.expectedStatuses().stream().anyMatch(status -> status < 100 || status > 599)) {
            problems
                .add(new InvalidInputException("assertions.expectedStatuses", "HTTP statuses run from 100 to 599."));
        }
        Duration degraded = assertions.degradedLatency();
        Duration failed = assertions.failedLatency();
        if (degraded != null && !degraded.isPositive()) {
            problems.add(new InvalidInputException("assertions.degradedLatency", "Use a positive duration."));
        }
        if (failed != null && !failed.isPositive()) {
            problems.add(new InvalidInputException("assertions.failedLatency", "Use a positive duration."));
        }
        if (degraded != null && failed != null && degraded.compareTo(failed) >= 0) {
            problems.add(new InvalidInputException("assertions.degradedLatency",
                    "The degraded threshold must be below the failed threshold."));
        }
        for (int i = 0; i < assertions.headers().size(); i++) {
            checkHeader(assertions.headers().get(i), "assertions.headers[%d]".formatted(i), problems);
        }
        for (int i = 0; i < assertions.jsonPaths().size(); i++) {
            JsonPathAssertion path = assertions.jsonPaths().get(i);
            String field = "assertions.jsonPaths[%d]".formatted(i);
            Json.pathProblem(path.path())
                .ifPresent(problem -> problems.add(new InvalidInputException(field + ".path", problem)));
            if (path.expected() == null) {
                problems.add(new InvalidInputException(field + ".expected", "Enter the value to expect."));
            }
        }
        if (assertions.jsonSchema() != null) {
            Json.schemaProblem(assertions.jsonSchema())
                .ifPresent(problem -> problems.add(new InvalidInputException("assertions.jsonSchema", problem)));
        }
    }

    private static void checkHeader(HeaderAssertion header, String field, List<InvalidInputException> problems) {
        if (header.name() == null || !HEADER_NAME.matcher(header.name()).matches()) {
            problems.add(new InvalidInputException(field + ".name", "Enter a header name such as Content-Type."));
        }
        if (header.pattern() == null) {
            problems.add(new InvalidInputException(field + ".pattern", "Enter a pattern such as application/json."));
            return;
        }
        try {
            Pattern.compile(header.pattern());
        }
        catch (PatternSyntaxException e) {
            problems.add(new InvalidInputException(field + ".pattern",
                    "This is not a valid regular expression: " + e.getDescription() + "."));
        }
    }

    private static void checkRetry(RetryPolicy retry, List<InvalidInputException> problems) {
        if (retry.maxAttempts() < 1 || retry.maxAttempts() > RetryPolicy.MAX_ATTEMPTS) {
            problems.add(new InvalidInputException("retry.maxAttempts",
                    "Use 1 to %d attempts.".formatted(RetryPolicy.MAX_ATTEMPTS)));
        }
        if (retry.initialBackoff() == null || retry.initialBackoff().isNegative()) {
            problems.add(new InvalidInputException("retry.initialBackoff", "Use zero or a positive duration."));
        }
        if (retry.maxBackoff() == null || retry.maxBackoff().compareTo(MAX_BACKOFF) > 0
                || retry.initialBackoff() != null && retry.maxBackoff().compareTo(retry.initialBackoff()) < 0) {
            problems.add(new InvalidInputException("retry.maxBackoff",
                    "Use a duration from the initial backoff up to 60 s."));
        }
    }

}
