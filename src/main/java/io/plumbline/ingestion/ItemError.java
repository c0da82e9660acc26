package io.plumbline.ingestion;

/**
 * What is wrong with one item of a batch: its index (0-based; for NDJSON its position
 * among the non-blank lines), field and reason.
 */
public record ItemError(int index, String field, String reason) {

    /**
     * The one answer for a key that does not exist, is archived, or belongs to another
     * agency or client.
     */
    public static ItemError unknownIntegration(int index, String key) {
        return new ItemError(index, "integration", "unknown integration key '%s'".formatted(key));
    }
}
