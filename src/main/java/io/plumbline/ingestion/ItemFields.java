package io.plumbline.ingestion;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one batch item, adding every problem to {@code errors} (with the
 * item's index and the field's name) instead of stopping at the first; a field with a
 * problem reads as null. The same wording in every endpoint.
 */
public final class ItemFields {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final JsonNode node;

    private final int index;

    private final List<ItemError> errors;

    private final String prefix;

    public ItemFields(JsonNode node, int index, List<ItemError> errors) {
        this(node, index, errors, "");
    }

    private ItemFields(JsonNode node, int index, List<ItemError> errors, String prefix) {
        this.node = node;
        this.index = index;
        this.errors = errors;
        this.prefix = prefix;
    }

    /** The fields of a nested object, named {@code field.inner} in problems. */
    public ItemFields within(String field, JsonNode object) {
        return new ItemFields(object, index, errors, prefix + field + ".");
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
