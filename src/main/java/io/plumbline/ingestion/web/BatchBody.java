package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiBatches;
import io.plumbline.ingestion.ItemError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a batch body — a JSON array, or NDJSON — item by item with Jackson's streaming
 * API ({@link JsonParser}); an {@link ItemReader} turns each item into what its endpoint
 * stores, without a tree unless the reader builds one. The framing answers exactly as
 * reading the whole body into a tree with the application's {@link ObjectMapper} did
 * (docs/api.md, "How a batch is read"): the same malformed-batch messages, trailing
 * tokens refused as {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} refuses them,
 * NDJSON lines split on {@code \n}, blank lines skipped, an item's index its position
 * among the non-blank lines.
 */
final class BatchBody {

    /** Turns one item into a {@code T}. */
    @FunctionalInterface
    interface ItemReader<T> {

        /**
         * @param parser positioned on the item's first token (in principle {@code null}
         * for an NDJSON line that holds no value, which Jackson refuses as it stands); on
         * return it must be on the item's last token
         * @param index the item's index in the batch
         * @param errors where the item's problems go, with its index
         * @return the item, or null when it has problems (added to {@code errors})
         */
        T read(JsonParser parser, int index, List<ItemError> errors);

    }

    /**
     * The items read (at most {@link ApiBatches#MAX_ITEMS}), the problems of the others,
     * and how many items the body holds.
     */
    record Batch<T>(List<T> items, List<ItemError> errors, int size) {
    }

    /** The body is no JSON array or NDJSON; the message says why. */
    static final class MalformedBatchException extends RuntimeException {

        MalformedBatchException(String message) {
            super(message);
        }

    }

    private final ObjectMapper json;

    private final boolean failOnTrailingTokens;

    BatchBody(ObjectMapper json) {
        this.json = json;
        this.failOnTrailingTokens = json.deserializationConfig()
            .isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    <T> Batch<T> read(byte[] body, boolean ndjson, String noun, ItemReader<T> reader) {
        return ndjson ? lines(body, reader) : array(body, noun, reader);
    }

    private <T> Batch<T> array(byte[] body, String noun, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        int size = 0;
        try (JsonParser parser = json.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                // The whole value is read first: a broken object is "not valid JSON".
                skip(parser);
                noTrailingTokens(parser);
                throw new MalformedBatchException("The body must be a JSON array of %s (or NDJSON with ".formatted(noun)
                        + "Content-Type: application/x-ndjson).");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                add(reader, parser, size++, items, errors);
            }
            noTrailingTokens(parser);
        }
        catch (JacksonException e) {
            throw new MalformedBatchException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        return new Batch<>(items, errors, size);
    }

    private <T> Batch<T> lines(byte[] body, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        int size = 0;
        int line = 0;
        int start = 0;
        while (start <= body.length) {
            int end = start;
            boolean ascii = true;
            while (end < body.length && body[end] != '\n') {
                ascii &= body[end] > 0;
                end++;
            }
            line++;
            boolean blank = ascii ? blank(body, start, end)
                    : new String(body, start, end - start, StandardCharsets.UTF_8).isBlank();
            if (!blank) {
                if (!ascii
                        || !readLine(reader, json.createParser(body, start, end - start), true, size, items, errors)) {
                    // Read from the line's text, as before (bytes that are not UTF-8
                    // become U+FFFD): that answer counts, malformed or not.
                    try {
                        readLine(reader,
                                json.createParser(new String(body, start, end - start, StandardCharsets.UTF_8)), false,
                                size, items, errors);
                    }
                    catch (JacksonException e) {
                        throw new MalformedBatchException(
                                "Line %d is not valid JSON: %s".formatted(line, e.getOriginalMessage()));
                    }
                }
                size++;
            }
            start = end + 1;
        }
        return new Batch<>(items, errors, size);
    }

    /**
     * Reads one NDJSON line's value and checks that nothing follows it; from the bytes of
     * a line of plain ASCII (no NUL), the byte parser's answer counts only if it has no
     * problem: false, and nothing added, if it has one. (For ASCII both parsers read the
     * same text and differ only in their words for broken JSON.)
     */
    private <T> boolean readLine(ItemReader<T> reader, JsonParser parser, boolean fromBytes, int index, List<T> items,
            List<ItemError> errors) {
        int before = errors.size();
        try (parser) {
            parser.nextToken();
            T item = read(reader, parser, index, errors);
            noTrailingTokens(parser);
            if (item != null) {
                items.add(item);
            }
            return true;
        }
        catch (JacksonException e) {
            if (!fromBytes) {
                throw e;
            }
            errors.subList(before, errors.size()).clear();
            return false;
        }
    }

    private static <T> void add(ItemReader<T> reader, JsonParser parser, int index, List<T> items,
            List<ItemError> errors) {
        T item = read(reader, parser, index, errors);
        if (item != null) {
            items.add(item);
        }
    }

    private static <T> T read(ItemReader<T> reader, JsonParser parser, int index, List<ItemError> errors) {
        if (index >= ApiBatches.MAX_ITEMS) {
            // Counted for the answer, checked as JSON, not read.
            skip(parser);
            return null;
        }
        return reader.read(parser, index, errors);
    }

    /**
     * Skips the value the parser is on, checking it as JSON with the same calls as
     * Jackson's tree reader ({@code nextName} in objects, {@code nextToken} in arrays):
     * the parser words some problems differently in the two, and the answers must not
     * change.
     */
    static void skip(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextName() != null) {
                parser.nextToken();
                skip(parser);
            }
        }
        else if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                skip(parser);
            }
        }
    }

    private void noTrailingTokens(JsonParser parser) {
        if (!failOnTrailingTokens) {
            return;
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            // The wording of ObjectMapper.readTree for the same body.
            throw MismatchedInputException.from(parser, JsonNode.class,
                    ("Trailing token (`JsonToken.%s`) found after value (bound as "
                            + "`tools.jackson.databind.JsonNode`): not allowed as per "
                            + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`")
                        .formatted(trailing.name()));
        }
    }

    /** As {@link String#isBlank()} for a line of ASCII. */
    private static boolean blank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(body[i])) {
                return false;
            }
        }
        return true;
    }

}
