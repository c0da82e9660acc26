package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.ItemFields;
import io.plumbline.ingestion.ItemFields.Value;
import io.plumbline.metrics.FailureClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one observation of a batch straight from Jackson's streaming parser into a
 * {@link ParsedItem}, collecting every problem with its index and field rather than
 * stopping at the first. No tree is built: the parser's tokens of the seven known fields
 * are kept (a repeated field's last value wins, as in a tree), every other field is
 * skipped, and the fields are checked in a fixed order once the object ends, with
 * {@link ItemFields}' wording.
 */
class ObservationParser {

    static final int MAX_LATENCY_MS = 600_000;

    private static final int FIELDS = 7;

    private final Clock clock;

    private final Duration maxAge;

    ObservationParser(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** A reader for one batch: its timestamps are checked against one "now". */
    BatchBody.ItemReader<ParsedItem> reader() {
        Instant now = clock.instant();
        return (parser, index, errors) -> read(parser, index, errors, now);
    }

    private ParsedItem read(JsonParser parser, int index, List<ItemError> errors, Instant now) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            BatchBody.skip(parser);
            errors.add(new ItemError(index, "", "must be a JSON object"));
            return null;
        }
        Value[] values = new Value[FIELDS];
        String name;
        while ((name = parser.nextName()) != null) {
            int field = field(name);
            JsonToken token = parser.nextToken();
            if (field < 0) {
                BatchBody.skip(parser);
                continue;
            }
            values[field] = value(parser, token);
        }
        return item(index, values, errors, now);
    }

    private ParsedItem item(int index, Value[] values, List<ItemError> errors, Instant now) {
        int before = errors.size();
        ItemFields fields = new ItemFields(name -> {
            Value value = values[field(name)];
            return value == null ? Value.ABSENT : value;
        }, index, errors);
        String key = fields.text("integration", true, 64);
        Instant timestamp = fields.instant("timestamp", true, now, maxAge);
        String operation = fields.text("operation", false, 120);
        Integer status = fields.integer("status", false, 100, 599);
        Integer latency = fields.integer("latencyMs", true, 0, MAX_LATENCY_MS);
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

    private static int field(String name) {
        return switch (name) {
            case "integration" -> 0;
            case "timestamp" -> 1;
            case "operation" -> 2;
            case "status" -> 3;
            case "latencyMs" -> 4;
            case "errorClass" -> 5;
            case "retried" -> 6;
            default -> -1;
        };
    }

    /** The value the parser is on, as a tree would have held it. */
    private static Value value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> Value.ABSENT;
            case VALUE_STRING -> Value.string(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT, LONG -> Value.wholeNumber(parser.getLongValue());
                default -> Value.OTHER_NUMBER;
            };
            case VALUE_NUMBER_FLOAT -> Value.OTHER_NUMBER;
            case VALUE_TRUE -> Value.TRUE;
            case VALUE_FALSE -> Value.FALSE;
            default -> {
                BatchBody.skip(parser);
                yield Value.STRUCTURE;
            }
        };
    }

    private static FailureClass failureClass(ItemFields fields) {
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

}
