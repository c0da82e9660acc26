package io.plumbline.ingestion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one batch item, adding every problem to {@code errors} (with the
 * item's index and the field's name) instead of stopping at the first; a field with a
 * problem reads as null. The same wording in every endpoint.
 *
 * <p>
 * The fields come from a JSON tree ({@link JsonNode}) or, for endpoints that parse with
 * Jackson's streaming API, from the {@link Value}s the parser saw: the checks and their
 * messages are the same for both.
 */
public final class ItemFields {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    /** What the checks need to know of one field's JSON value. */
    public enum Kind {

        /** absent, or JSON {@code null} */
        ABSENT,
        /** a JSON string: {@link Value#text()} */
        STRING,
        /** an integer that fits a {@code long}: {@link Value#number()} */
        WHOLE_NUMBER,
        /** any other number: with a fraction or an exponent, or beyond a {@code long} */
        OTHER_NUMBER,
        /** {@code true} or {@code false}: {@link Value#number()} is 1 or 0 */
        BOOLEAN,
        /** an object or an array */
        STRUCTURE

    }

    /** One field's JSON value, as a tree node or a streaming parser saw it. */
    public record Value(Kind kind, String text, long number) {

        public static final Value ABSENT = new Value(Kind.ABSENT, null, 0);

        public static final Value OTHER_NUMBER = new Value(Kind.OTHER_NUMBER, null, 0);

        public static final Value STRUCTURE = new Value(Kind.STRUCTURE, null, 0);

        public static final Value TRUE = new Value(Kind.BOOLEAN, null, 1);

        public static final Value FALSE = new Value(Kind.BOOLEAN, null, 0);

        public static Value string(String text) {
            return new Value(Kind.STRING, text, 0);
        }

        public static Value wholeNumber(long number) {
            return new Value(Kind.WHOLE_NUMBER, null, number);
        }

        /** The value of a tree node; {@code null} (no such field) reads as absent. */
        public static Value of(JsonNode node) {
            if (node == null || node.isNull()) {
                return ABSENT;
            }
            if (node.isString()) {
                return string(node.stringValue());
            }
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return wholeNumber(node.longValue());
            }
            if (node.isNumber()) {
                return OTHER_NUMBER;
            }
            if (node.isBoolean()) {
                return node.booleanValue() ? TRUE : FALSE;
            }
            return STRUCTURE;
        }

    }

    private final Function<String, Value> values;

    private final int index;

    private final List<ItemError> errors;

    private final String prefix;

    public ItemFields(JsonNode node, int index, List<ItemError> errors) {
        this(field -> Value.of(node.get(field)), index, errors, "");
    }

    /**
     * The fields of an item read without a tree: {@code values} answers each field's
     * value ({@link Value#ABSENT} for a field the item does not have).
     */
    public ItemFields(Function<String, Value> values, int index, List<ItemError> errors) {
        this(values, index, errors, "");
    }

    private ItemFields(Function<String, Value> values, int index, List<ItemError> errors, String prefix) {
        this.values = values;
        this.index = index;
        this.errors = errors;
        this.prefix = prefix;
    }

    /** The fields of a nested object, named {@code field.inner} in problems. */
    public ItemFields within(String field, JsonNode object) {
        return new ItemFields(inner -> Value.of(object.get(inner)), index, errors, prefix + field + ".");
    }

    public void reject(String field, String reason) {
        errors.add(new ItemError(index, prefix + field, reason));
    }

    public String text(String field, boolean required, int max) {
        Value value = values.apply(field);
        if (value.kind() == Kind.ABSENT) {
            if (required) {
                reject(field, "is required");
            }
            return null;
        }
        if (value.kind() != Kind.STRING) {
            reject(field, "must be a string");
            return null;
        }
        String text = value.text();
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
        Instant common = commonInstant(text);
        if (common != null) {
            return common;
        }
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            reject(field, "must be an ISO-8601 instant like 2026-11-26T10:15:30Z");
            return null;
        }
    }

    /**
     * {@link Instant#parse} for the form almost every sender uses,
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, without its formatter (which costs more
     * than the rest of an observation's checks); null for any other text, which
     * {@link Instant#parse} then reads or refuses as before.
     */
    static Instant commonInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = length > 20 ? digits(text, 20, length - 21) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        for (int scale = length - 21; scale > 0 && scale < 9; scale++) {
            nanos *= 10;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The number the ASCII digits spell, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public Integer integer(String field, boolean required, int min, int max) {
        Long number = number(field, required, min, max);
        return number == null ? null : number.intValue();
    }

    public Long number(String field, boolean required, long min, long max) {
        Value value = values.apply(field);
        if (value.kind() == Kind.ABSENT) {
            if (required) {
                reject(field, "is required");
            }
            return null;
        }
        if (value.kind() != Kind.WHOLE_NUMBER) {
            reject(field, "must be a whole number");
            return null;
        }
        long number = value.number();
        if (number < min || number > max) {
            reject(field, "must be between %d and %d".formatted(min, max));
            return null;
        }
        return number;
    }

    public Boolean bool(String field) {
        Value value = values.apply(field);
        if (value.kind() == Kind.ABSENT) {
            return null;
        }
        if (value.kind() != Kind.BOOLEAN) {
            reject(field, "must be true or false");
            return null;
        }
        return value.number() != 0;
    }

}
