package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.ingestion.ApiBatches;
import io.plumbline.ingestion.ItemError;
import io.plumbline.metrics.FailureClass;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming batch parser ({@link BatchBody} with {@link ObservationParser}, and the
 * tree reader the consent endpoints use): every problem answered with the words of the
 * tree-based parser it replaced, checked one by one and against that parser itself
 * ({@link TreeBatchReference}) over a corpus of broken and odd bodies, as JSON arrays and
 * as NDJSON.
 */
class ObservationParserTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static final Duration MAX_AGE = Duration.ofDays(30);

    private final ObjectMapper json = JsonMapper.builder().build();

    private final BatchBody body = new BatchBody(json);

    private final ObservationParser parser = new ObservationParser(Clock.fixed(NOW, ZoneOffset.UTC), MAX_AGE);

    private final TreeBatchReference reference = new TreeBatchReference(json);

    // ---- one case at a time, with the messages spelled out

    @Test
    void a_valid_item_becomes_a_parsed_observation_with_its_failure_class_from_the_status() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{"integration":"acme-crm","timestamp":"2026-12-08T09:59:00Z","operation":"GET /x","status":503,
                  "latencyMs":120,"retried":true,"consent":{"optIn":true,"nested":[1,2,{"a":null}]},"extra":1.5}]""");

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.size()).isEqualTo(1);
        assertThat(batch.items()).containsExactly(new ParsedItem(0, "acme-crm", Instant.parse("2026-12-08T09:59:00Z"),
                "GET /x", 503, 120, FailureClass.SERVER_ERROR, true));
    }

    @Test
    void wrong_types_name_the_field_and_what_it_must_be() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{"integration":5,"timestamp":true,"operation":[],"status":"200","latencyMs":"fast",
                  "errorClass":{},"retried":"no"}]""");

        assertThat(batch.errors()).containsExactly(new ItemError(0, "integration", "must be a string"),
                new ItemError(0, "timestamp", "must be a string"), new ItemError(0, "operation", "must be a string"),
                new ItemError(0, "status", "must be a whole number"),
                new ItemError(0, "latencyMs", "must be a whole number"),
                new ItemError(0, "errorClass", "must be a string"),
                new ItemError(0, "retried", "must be true or false"));
        assertThat(batch.items()).isEmpty();
    }

    @Test
    void missing_and_null_required_fields_are_required_and_items_that_are_no_objects_are_refused() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{}, {"integration":null,"timestamp":null,"latencyMs":null}, 7, null, "x", [1]]""");

        List<ItemError> required = List.of(new ItemError(0, "integration", "is required"),
                new ItemError(0, "timestamp", "is required"), new ItemError(0, "latencyMs", "is required"));
        assertThat(batch.errors()).startsWith(required.toArray(ItemError[]::new));
        assertThat(batch.errors().subList(3, 6)).extracting(ItemError::index, ItemError::reason)
            .containsOnly(org.assertj.core.groups.Tuple.tuple(1, "is required"));
        assertThat(batch.errors().subList(6, 10)).containsExactly(new ItemError(2, "", "must be a JSON object"),
                new ItemError(3, "", "must be a JSON object"), new ItemError(4, "", "must be a JSON object"),
                new ItemError(5, "", "must be a JSON object"));
        assertThat(batch.size()).isEqualTo(6);
    }

    @Test
    void bad_timestamps_blank_keys_and_out_of_range_values_are_named() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{"integration":" ","timestamp":"yesterday","latencyMs":600001,"status":99},
                 {"integration":"%s","timestamp":"2026-12-08T10:06:00Z","latencyMs":-1,"errorClass":"slow"},
                 {"integration":"a","timestamp":"2026-10-01T00:00:00Z","latencyMs":1,"operation":"%s"}]"""
            .formatted("k".repeat(65), "o".repeat(121)));

        assertThat(batch.errors()).containsExactly(new ItemError(0, "integration", "must not be empty"),
                new ItemError(0, "timestamp", "must be an ISO-8601 instant like 2026-11-26T10:15:30Z"),
                new ItemError(0, "status", "must be between 100 and 599"),
                new ItemError(0, "latencyMs", "must be between 0 and 600000"),
                new ItemError(1, "integration", "must have at most 64 characters"),
                new ItemError(1, "timestamp", "is more than 5 minutes in the future"),
                new ItemError(1, "latencyMs", "must be between 0 and 600000"),
                new ItemError(1, "errorClass",
                        "must be one of [TIMEOUT, CONNECTION, TLS, SERVER_ERROR, AUTH, "
                                + "THROTTLED, CLIENT_ERROR, ASSERTION_FAILED, SCHEMA_VIOLATION]"),
                new ItemError(2, "timestamp", "is older than 30 days"),
                new ItemError(2, "operation", "must have at most 120 characters"));
    }

    @Test
    void huge_and_fractional_numbers_are_no_whole_numbers_and_numbers_over_1000_digits_are_malformed() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":123456789012345678901234567890},
                 {"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":1.0,"status":2e2},
                 {"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":9223372036854775807},
                 {"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":1e999}]""");

        assertThat(batch.errors()).containsExactly(new ItemError(0, "latencyMs", "must be a whole number"),
                new ItemError(1, "status", "must be a whole number"),
                new ItemError(1, "latencyMs", "must be a whole number"),
                new ItemError(2, "latencyMs", "must be between 0 and 600000"),
                new ItemError(3, "latencyMs", "must be a whole number"));
        assertThatThrownBy(() -> array("[{\"latencyMs\":" + "9".repeat(1001) + "}]"))
            .hasMessage("The body is not valid JSON: Number value length (1001) exceeds the maximum allowed (1000, "
                    + "from `StreamReadConstraints.getMaxNumberLength()`)");
    }

    @Test
    void a_repeated_field_counts_with_its_last_value_as_in_a_tree() {
        BatchBody.Batch<ParsedItem> batch = array("""
                [{"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":"fast","latencyMs":5},
                 {"integration":"a","timestamp":"2026-12-08T09:00:00Z","latencyMs":5,"latencyMs":"fast"}]""");

        assertThat(batch.errors()).containsExactly(new ItemError(1, "latencyMs", "must be a whole number"));
        assertThat(batch.items()).extracting(ParsedItem::latencyMs).containsExactly(5);
    }

    @Test
    void trailing_garbage_truncated_arrays_and_wrong_shapes_are_malformed_batches() {
        assertThatThrownBy(() -> array("[{\"integration\":\"a\"}] x"))
            .hasMessage("The body is not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, "
                    + "Array, Object or token 'null', 'true' or 'false')");
        assertThatThrownBy(() -> array("[{}] [{}]"))
            .hasMessage("The body is not valid JSON: Trailing token (`JsonToken.START_ARRAY`) found after value "
                    + "(bound as `tools.jackson.databind.JsonNode`): not allowed as per "
                    + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
        assertThatThrownBy(() -> array("[{\"integration\": "))
            .hasMessage("The body is not valid JSON: Unexpected end-of-input within/between Object entries");
        assertThatThrownBy(() -> array("[{},"))
            .hasMessage("The body is not valid JSON: Unexpected end-of-input within/between Array entries");
        assertThatThrownBy(() -> array("{\"integration\":\"x\"}"))
            .hasMessage("The body must be a JSON array of observations (or NDJSON with Content-Type: "
                    + "application/x-ndjson).");
        assertThatThrownBy(() -> array("{\"integration\":"))
            .hasMessageStartingWith("The body is not valid JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> array(""))
            .hasMessage("The body must be a JSON array of observations (or NDJSON with Content-Type: "
                    + "application/x-ndjson).");
        assertThat(array("[]").size()).isZero();
    }

    @Test
    void ndjson_skips_blank_lines_counts_items_among_the_others_and_names_the_line_of_broken_json() {
        String good = "{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:00:00Z\",\"latencyMs\":5}";
        BatchBody.Batch<ParsedItem> batch = ndjson("\n  \r\n" + good + "\r\n\t\n{\"integration\":\"a\"}\n\u2003\n");

        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.items()).extracting(ParsedItem::index).containsExactly(0);
        assertThat(batch.errors()).containsExactly(new ItemError(1, "timestamp", "is required"),
                new ItemError(1, "latencyMs", "is required"));
        assertThatThrownBy(() -> ndjson(good + "\n\n{\"integration\": \n" + good))
            .hasMessage("Line 3 is not valid JSON: Unexpected end-of-input within/between Object entries");
        assertThatThrownBy(() -> ndjson(good + " " + good))
            .hasMessage("Line 1 is not valid JSON: Trailing token (`JsonToken.START_OBJECT`) found after value "
                    + "(bound as `tools.jackson.databind.JsonNode`): not allowed as per "
                    + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
        assertThat(ndjson("\n \n").size()).isZero();
    }

    @Test
    void beyond_the_item_limit_items_are_counted_and_still_checked_as_json() {
        String item = "{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:00:00Z\",\"latencyMs\":5}";
        String many = "[" + String.join(",", java.util.Collections.nCopies(ApiBatches.MAX_ITEMS + 2, item));

        BatchBody.Batch<ParsedItem> batch = array(many + "]");

        assertThat(batch.size()).isEqualTo(ApiBatches.MAX_ITEMS + 2);
        assertThat(batch.items()).hasSize(ApiBatches.MAX_ITEMS);
        assertThatThrownBy(() -> array(many + ",{]")).hasMessageStartingWith("The body is not valid JSON: ");
    }

    // ---- the same answers as the tree-based parser, over a corpus

    @Test
    void answers_exactly_as_the_tree_based_parser_over_odd_and_broken_bodies() {
        List<String> items = List.of("{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:00:00Z\",\"latencyMs\":5}",
                "{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:00:00Z\",\"latencyMs\":5,\"status\":429,"
                        + "\"errorClass\":\"server-error\",\"retried\":false,\"operation\":\"GET /é\"}",
                "{\"integration\":\"a\",\"integration\":7,\"timestamp\":\"x\",\"latencyMs\":5.5}",
                "{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:00:00Z\",\"latencyMs\":5,\"consent\":{\"a\":[1,{\"b\":\"\\u00e9\"}]}}",
                "{\"integration\":\"a\\u0000\",\"timestamp\":\"2026-12-08T09:00:00.123456789Z\",\"latencyMs\":-0}",
                "{\"status\":1e2,\"latencyMs\":99999999999999999999,\"retried\":null,\"errorClass\":null}", "null",
                "[]", "\"text\"", "12", "true", "{}", "{\"a\":{\"b\":{\"c\":[[[]]]}}}");
        List<String> bodies = new ArrayList<>();
        for (String item : items) {
            bodies.add("[" + item + "]");
            bodies.add(item);
        }
        bodies.add("[" + String.join(",", items) + "]");
        bodies.add(String.join("\n", items));
        bodies.addAll(List.of("", " ", "\n", "[", "]", "[1,]", "[,1]", "[1 2]", "[{}]]", "[{}] // c", "[{}]\u0000",
                "\uFEFF[{}]", "[{}]\uFEFF", "{\"a\":1}\n{\"b\":", "[{\"a\":\"\\q\"}]", "[{\"a\":\"\u0001\"}]",
                "[{\"a\" 1}]", "[{'a':1}]", "[{a:1}]", "[NaN]", "[01]", "[-]", "[1.]", "[.5]", "[\"\\uZZZZ\"]",
                "[{\"a\":1,}]", "{\"integration\":\"x\"}\n\n\n[1,\n2]", "\r\n\r\n", "\u00a0", "\u2028{}", "{}\r",
                " {} ", "{}\n{}\n", "[" + "[".repeat(600) + "]", "{\"x\":" + "1".repeat(1001) + "}",
                "[{\"latencyMs\":" + "1".repeat(1000) + "}]"));
        byte[][] rawBodies = { { '[', '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}', ']' },
                { '{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n', '{', '}' },
                { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '{', '}', ']' },
                { '{', '}', '\n', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}' }, { '{', '}', 0, '\n', '{', '}' } };

        int compared = 0;
        for (String text : bodies) {
            compared += compare(text.getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] raw : rawBodies) {
            compared += compare(raw);
        }
        assertThat(compared).isEqualTo(2 * (bodies.size() + rawBodies.length));
    }

    @Test
    void answers_exactly_as_the_tree_based_parser_over_random_damage_to_valid_batches() {
        SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 17));
        String[] pieces = { "{", "}", "[", "]", ",", ":", "\"", "\\", "\n", " ", "\r", "null", "true", "1e400", "-1",
                "9999999999999999999", "\"latencyMs\"", "\"integration\"", "\"timestamp\"", "\"status\"", "é", "\u0000",
                "\"2026-12-08T09:00:00Z\"", "0.5", "\t" };
        int compared = 0;
        for (int run = 0; run < 10_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(4);
            boolean lines = random.nextBoolean();
            text.append(lines ? "" : "[");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(lines ? "\n" : ",");
                }
                text.append("{\"integration\":\"a\",\"timestamp\":\"2026-12-08T09:0")
                    .append(random.nextInt(10))
                    .append(":00Z\",\"latencyMs\":")
                    .append(random.nextInt(700_000))
                    .append(",\"status\":")
                    .append(50 + random.nextInt(600))
                    .append('}');
            }
            text.append(lines ? "\n" : "]");
            for (int damage = random.nextInt(4); damage > 0; damage--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                }
                else {
                    text.insert(at, pieces[random.nextInt(pieces.length)]);
                }
            }
            if (random.nextInt(10) == 0) {
                text.setLength(random.nextInt(text.length() + 1));
            }
            compared += compare(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(compared).isEqualTo(20_000);
    }

    /** Both content types; returns 2. */
    private int compare(byte[] bytes) {
        for (boolean ndjson : new boolean[] { false, true }) {
            String what = (ndjson ? "NDJSON " : "JSON ") + new String(bytes, StandardCharsets.UTF_8);
            TreeBatchReference.Outcome old = reference.read(bytes, ndjson, "observations");
            String malformed = null;
            BatchBody.Batch<ParsedItem> streamed = null;
            BatchBody.Batch<JsonNode> trees = null;
            try {
                streamed = body.read(bytes, ndjson, "observations", parser.reader());
            }
            catch (BatchBody.MalformedBatchException e) {
                malformed = e.getMessage();
            }
            try {
                trees = body.read(bytes, ndjson, "observations", (p, index, errors) -> p.currentToken() == null
                        ? tools.jackson.databind.node.MissingNode.getInstance() : p.readValueAsTree());
                assertThat(malformed).as(what).isNull();
            }
            catch (BatchBody.MalformedBatchException e) {
                assertThat(e.getMessage()).as(what).isEqualTo(malformed);
            }
            assertThat(malformed).as(what).isEqualTo(old.malformed());
            if (old.malformed() == null) {
                TreeBatchReference.Result expected = TreeBatchReference.observations(old.nodes(), NOW, MAX_AGE);
                assertThat(streamed.size()).as(what).isEqualTo(old.nodes().size());
                assertThat(streamed.errors()).as(what).isEqualTo(expected.errors());
                assertThat(streamed.items()).as(what).isEqualTo(expected.items());
                assertThat(Objects.requireNonNull(trees).items()).as(what).isEqualTo(old.nodes());
            }
        }
        return 2;
    }

    private BatchBody.Batch<ParsedItem> array(String text) {
        return body.read(text.getBytes(StandardCharsets.UTF_8), false, "observations", parser.reader());
    }

    private BatchBody.Batch<ParsedItem> ndjson(String text) {
        return body.read(text.getBytes(StandardCharsets.UTF_8), true, "observations", parser.reader());
    }

}
