package io.plumbline.monitoring.ui;

import io.plumbline.monitoring.HeaderAssertion;
import io.plumbline.monitoring.JsonPathAssertion;
import io.plumbline.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text formats of the monitor editor, both ways: one {@code Name: value} per line for
 * headers and header assertions, {@code $.path = expected} per line for JSONPath
 * assertions, {@code 200, 204} for statuses. A line that does not parse is refused on its
 * field, naming the line.
 */
final class MonitorInput {

    private MonitorInput() {
    }

    static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        pairs(text, ":", "headers", "Name: value").forEach(pair -> headers.put(pair[0], pair[1]));
        return headers;
    }

    static List<HeaderAssertion> headerAssertions(String text) {
        return pairs(text, ":", "assertions.headers", "Header-Name: pattern").stream()
            .map(pair -> new HeaderAssertion(pair[0], pair[1]))
            .toList();
    }

    static List<JsonPathAssertion> jsonPaths(String text) {
        return pairs(text, "=", "assertions.jsonPaths", "$.path = expected").stream()
            .map(pair -> new JsonPathAssertion(pair[0], pair[1]))
            .toList();
    }

    static Set<Integer> statuses(String text) {
        Set<Integer> statuses = new LinkedHashSet<>();
        for (String part : text == null ? new String[0] : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                statuses.add(Integer.parseInt(part));
            }
            catch (NumberFormatException e) {
                throw new InvalidInputException("assertions.expectedStatuses",
                        "\"%s\" is not a status; list them like 200, 204.".formatted(part));
            }
        }
        return statuses;
    }

    static String formatHeaders(Map<String, String> headers) {
        return headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    static String formatHeaderAssertions(List<HeaderAssertion> assertions) {
        return assertions.stream().map(a -> a.name() + ": " + a.pattern()).collect(Collectors.joining("\n"));
    }

    static String formatJsonPaths(List<JsonPathAssertion> assertions) {
        return assertions.stream().map(a -> a.path() + " = " + a.expected()).collect(Collectors.joining("\n"));
    }

    static String formatStatuses(Collection<Integer> statuses) {
        return statuses.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Non-blank lines split at the first separator, both sides stripped. */
    private static List<String[]> pairs(String text, String separator, String field, String form) {
        List<String[]> pairs = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int at = lines[i].indexOf(separator);
            if (at <= 0) {
                throw new InvalidInputException(field, "Line %d: write %s.".formatted(i + 1, form));
            }
            pairs.add(new String[] { lines[i].substring(0, at).strip(), lines[i].substring(at + 1).strip() });
        }
        return pairs;
    }

}
