package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiBatches;
import io.plumbline.ingestion.ItemError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
 * (docs/api.md, "Streaming parse"): the same malformed-batch messages, trailing tokens
 * refused as {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} refuses them, NDJSON
 * lines split on {@code \n}, blank lines skipped, an item's index its position among the
 * non-blank lines.
 */
final class BatchBody {

    /** Turns one item into a {@code T}. */
    @FunctionalInterface
    interface ItemReader<T> {

        /**
         * @param parser positioned on the item's first token ({@code null} only for an
         * NDJSON line that holds no value, such as a lone byte-order mark); on return it
         * must be on the item's last token
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
        // Decoded once as UTF-8 (malformed bytes replaced, as before); each line is
        // parsed from its characters, without a String of its own.
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(body));
        char[] chars = text.array();
        int length = text.limit();
        int line = 0;
        int start = 0;
        while (start <= length) {
            int end = start;
            while (end < length && chars[end] != '\n') {
                end++;
            }
            line++;
            if (!blank(chars, start, end)) {
                try (JsonParser parser = json.createParser(chars, start, end - start)) {
                    parser.nextToken();
                    add(reader, parser, size++, items, errors);
                    noTrailingTokens(parser);
                }
                catch (JacksonException e) {
                    throw new MalformedBatchException(
                            "Line %d is not valid JSON: %s".formatted(line, e.getOriginalMessage()));
                }
            }
            start = end + 1;
        }
        return new Batch<>(items, errors, size);
    }

    private static <T> void add(ItemReader<T> reader, JsonParser parser, int index, List<T> items,
            List<ItemError> errors) {
        if (index >= ApiBatches.MAX_ITEMS) {
            // Counted for the answer, checked as JSON, not read.
            skip(parser);
            return;
        }
        T item = reader.read(parser, index, errors);
        if (item != null) {
            items.add(item);
        }
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

    /** As {@link String#isBlank()} for the line's text. */
    private static boolean blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

}
