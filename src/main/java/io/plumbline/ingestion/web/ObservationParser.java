package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.ItemFields;
import io.plumbline.metrics.FailureClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Checks every observation of a batch, collecting every problem with its index and field
 * rather than stopping at the first.
 */
class ObservationParser {

    static final int MAX_LATENCY_MS = 600_000;

    private final Clock clock;

    private final Duration maxAge;

    ObservationParser(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    record Result(List<ParsedItem> items, List<ItemError> errors) {
    }

    Result parse(List<JsonNode> nodes) {
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

    private ParsedItem item(int index, JsonNode node, Instant now, List<ItemError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new ItemError(index, "", "must be a JSON object"));
            return null;
        }
        int before = errors.size();
        ItemFields fields = new ItemFields(node, index, errors);
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
