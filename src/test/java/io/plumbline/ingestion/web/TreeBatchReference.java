package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ItemError;
import io.plumbline.metrics.FailureClass;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The batch parsing as it was before the streaming parser (commit 6808208 of
 * {@code BatchEndpoint}, {@code ObservationParser} and {@code ItemFields}, copied
 * unchanged but for names): the whole body read into a tree, then each item checked. The
 * streaming parser's tests compare their answers with this one's.
 */
final class TreeBatchReference {

    /** What the old code answered: a malformed-batch message, or the items. */
    record Outcome(String malformed, List<JsonNode> nodes) {
    }

    private final ObjectMapper json;

    TreeBatchReference(ObjectMapper json) {
        this.json = json;
    }

    Outcome read(byte[] body, boolean ndjson, String noun) {
        try {
            return new Outcome(null, ndjson ? lines(body) : array(body, noun));
        }
        catch (MalformedBatchException e) {
            return new Outcome(e.getMessage(), null);
        }
    }

    private List<JsonNode> array(byte[] body, String noun) {
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JacksonException e) {
            throw new MalformedBatchException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MalformedBatchException("The body must be a JSON array of %s (or NDJSON with ".formatted(noun)
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
            }
            catch (JacksonException e) {
                throw new MalformedBatchException(
                        "Line %d is not valid JSON: %s".formatted(line + 1, e.getOriginalMessage()));
            }
        }
        return nodes;
    }

    private static class MalformedBatchException extends RuntimeException {

        MalformedBatchException(String message) {
            super(message);
        }

    }

    record Result(List<ParsedItem> items, List<ItemError> errors) {
    }

    /** The old {@code ObservationParser.parse}. */
    static Result observations(List<JsonNode> nodes, Instant now, Duration maxAge) {
        List<ParsedItem> items = new ArrayList<>(nodes.size());
        List<ItemError> errors = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            ParsedItem item = item(index, nodes.get(index), now, maxAge, errors);
            if (item != null) {
                items.add(item);
            }
        }
        return new Result(items, errors);
    }

    private static ParsedItem item(int index, JsonNode node, Instant now, Duration maxAge, List<ItemError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new ItemError(index, "", "must be a JSON object"));
            return null;
        }
        int before = errors.size();
        LegacyItemFields fields = new LegacyItemFields(node, index, errors);
        String key = fields.text("integration", true, 64);
        Instant timestamp = fields.instant("timestamp", true, now, maxAge);
        String operation = fields.text("operation", false, 120);
        Integer status = fields.integer("status", false, 100, 599);
        Integer latency = fields.integer("latencyMs", true, 0, ObservationParser.MAX_LATENCY_MS);
        FailureClass failure = failureClass(fields);
        Boolean retried = fields.bool("retried");
        if (errors.size() > before) {
            return null;
        }
        FailureClass effective = failure != null ? failure
                : status == null ? null : FailureClass.fromStatus(status).orElse(null);
        return new ParsedItem(index, key, timestamp, operation, status, latency, effective,
                Boolean.TRUE.equals(retried));
    }

    private static FailureClass failureClass(LegacyItemFields fields) {
        String text = fields.text("errorClass", false, 40);
        if (text == null) {
            return null;
        }
        try {
            return FailureClass.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException e) {
            fields.reject("errorClass", "must be one of " + Arrays.toString(FailureClass.values()));
            return null;
        }
    }

    /** The old {@code ItemFields}. */
    static final class LegacyItemFields {

        public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

        private final JsonNode node;

        private final int index;

        private final List<ItemError> errors;

        private final String prefix;

        public LegacyItemFields(JsonNode node, int index, List<ItemError> errors) {
            this(node, index, errors, "");
        }

        private LegacyItemFields(JsonNode node, int index, List<ItemError> errors, String prefix) {
            this.node = node;
            this.index = index;
            this.errors = errors;
            this.prefix = prefix;
        }

        /** The fields of a nested object, named {@code field.inner} in problems. */
        public LegacyItemFields within(String field, JsonNode object) {
            return new LegacyItemFields(object, index, errors, prefix + field + ".");
        }

        public void reject(String field, String reason) {
            errors.add(new ItemError(index, prefix + field, reason));
        }

        public String text(String field, boolean required, int max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    reject(field, "is required");
                }
                return null;
            }
            if (!value.isString()) {
                reject(field, "must be a string");
                return null;
            }
            String text = value.stringValue();
            if (required && text.isBlank()) {
                reject(field, "must not be empty");
                return null;
            }
            if (text.length() > max) {
                reject(field, "must have at most %d characters".formatted(max));
                return null;
            }
            return text;
        }

        /**
         * An ISO-8601 instant at most 5 minutes ahead of {@code now} and at most
         * {@code maxAge} old.
         */
        public Instant instant(String field, boolean required, Instant now, Duration maxAge) {
            Instant instant = instant(field, required);
            if (instant == null) {
                return null;
            }
            if (instant.isAfter(now.plus(MAX_CLOCK_SKEW))) {
                reject(field, "is more than 5 minutes in the future");
                return null;
            }
            if (instant.isBefore(now.minus(maxAge))) {
                reject(field, "is older than %d days".formatted(maxAge.toDays()));
                return null;
            }
            return instant;
        }

        /** An ISO-8601 instant, any time. */
        public Instant instant(String field, boolean required) {
            String text = text(field, required, 40);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            }
            catch (DateTimeParseException e) {
                reject(field, "must be an ISO-8601 instant like 2026-11-26T10:15:30Z");
                return null;
            }
        }

        public Integer integer(String field, boolean required, int min, int max) {
            Long number = number(field, required, min, max);
            return number == null ? null : number.intValue();
        }

        public Long number(String field, boolean required, long min, long max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    reject(field, "is required");
                }
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                reject(field, "must be a whole number");
                return null;
            }
            long number = value.longValue();
            if (number < min || number > max) {
                reject(field, "must be between %d and %d".formatted(min, max));
                return null;
            }
            return number;
        }

        public Boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                reject(field, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

    }

}
