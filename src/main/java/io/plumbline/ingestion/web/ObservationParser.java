package io.plumbline.ingestion.web;

import io.plumbline.metrics.FailureClass;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a batch (a JSON array, or NDJSON: one object per line) and checks every item, collecting
 * every problem with its index and field rather than stopping at the first.
 */
class ObservationParser {

    static final int MAX_LATENCY_MS = 600_000;
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ObjectMapper json;
    private final Clock clock;
    private final Duration maxAge;

    ObservationParser(ObjectMapper json, Clock clock, Duration maxAge) {
        this.json = json;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    record Result(List<ParsedItem> items, List<ItemError> errors) {
    }

    /** @throws MalformedBatchException when the body is not JSON (or NDJSON) at all */
    Result parse(byte[] body, boolean ndjson) {
        List<JsonNode> nodes = ndjson ? lines(body) : array(body);
        List<ParsedItem> items = new ArrayList<>(nodes.size());
        List<ItemError> errors = new ArrayList<>();
        Instant now = clock.instant();
        for (int index = 0; index < nodes.size(); index++) {
            ParsedItem item = item(index, nodes.get(index), now, errors);
            if (item != null) {
                items.add(item);
            }
        }
        return new Result(items, errors);
    }

    private List<JsonNode> array(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedBatchException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MalformedBatchException("The body must be a JSON array of observations (or NDJSON with "
                    + "Content-Type: application/x-ndjson).");
        }
        List<JsonNode> nodes = new ArrayList<>(root.size());
        root.forEach(nodes::add);
        return nodes;
    }

    private List<JsonNode> lines(byte[] body) {
        List<JsonNode> nodes = new ArrayList<>();
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            try {
                nodes.add(json.readTree(lines[line]));
            } catch (JacksonException e) {
                throw new MalformedBatchException("Line %d is not valid JSON: %s".formatted(line + 1, e.getOriginalMessage()));
            }
        }
        return nodes;
    }

    private ParsedItem item(int index, JsonNode node, Instant now, List<ItemError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new ItemError(index, "", "must be a JSON object"));
            return null;
        }
        int before = errors.size();
        String key = text(node, "integration", index, errors, true, 64);
        Instant timestamp = timestamp(node, index, now, errors);
        String operation = text(node, "operation", index, errors, false, 120);
        Integer status = integer(node, "status", index, errors, false, 100, 599);
        Integer latency = integer(node, "latencyMs", index, errors, true, 0, MAX_LATENCY_MS);
        FailureClass failure = failureClass(node, index, errors);
        Boolean retried = bool(node, "retried", index, errors);
        if (errors.size() > before) {
            return null;
        }
        FailureClass effective = failure != null ? failure
                : status == null ? null : FailureClass.fromStatus(status).orElse(null);
        return new ParsedItem(index, key, timestamp, operation, status, latency, effective, Boolean.TRUE.equals(retried));
    }

    private static String text(JsonNode node, String field, int index, List<ItemError> errors, boolean required, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new ItemError(index, field, "is required"));
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(new ItemError(index, field, "must be a string"));
            return null;
        }
        String text = value.stringValue();
        if (required && text.isBlank()) {
            errors.add(new ItemError(index, field, "must not be empty"));
            return null;
        }
        if (text.length() > max) {
            errors.add(new ItemError(index, field, "must have at most %d characters".formatted(max)));
            return null;
        }
        return text;
    }

    private Instant timestamp(JsonNode node, int index, Instant now, List<ItemError> errors) {
        String text = text(node, "timestamp", index, errors, true, 40);
        if (text == null) {
            return null;
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new ItemError(index, "timestamp", "must be an ISO-8601 instant like 2026-11-26T10:15:30Z"));
            return null;
        }
        if (timestamp.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            errors.add(new ItemError(index, "timestamp", "is more than 5 minutes in the future"));
            return null;
        }
        if (timestamp.isBefore(now.minus(maxAge))) {
            errors.add(new ItemError(index, "timestamp", "is older than %d days".formatted(maxAge.toDays())));
            return null;
        }
        return timestamp;
    }

    private static Integer integer(JsonNode node, String field, int index, List<ItemError> errors, boolean required,
            int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new ItemError(index, field, "is required"));
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(new ItemError(index, field, "must be a whole number"));
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            errors.add(new ItemError(index, field, "must be between %d and %d".formatted(min, max)));
            return null;
        }
        return number;
    }

    private static FailureClass failureClass(JsonNode node, int index, List<ItemError> errors) {
        String text = text(node, "errorClass", index, errors, false, 40);
        if (text == null) {
            return null;
        }
        try {
            return FailureClass.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new ItemError(index, "errorClass", "must be one of " + java.util.Arrays.toString(FailureClass.values())));
            return null;
        }
    }

    private static Boolean bool(JsonNode node, String field, int index, List<ItemError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(new ItemError(index, field, "must be true or false"));
            return null;
        }
        return value.booleanValue();
    }

    static class MalformedBatchException extends RuntimeException {
        MalformedBatchException(String message) {
            super(message);
        }
    }
}
