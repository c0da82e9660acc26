package io.plumbline.ingestion.web;

/**
 * The batch's work was done but its commit failed: the database may or may not have
 * stored it, so the answer must not say "nothing was stored".
 */
class CommitOutcomeUnknownException extends RuntimeException {

    private final boolean withIdempotencyKey;

    CommitOutcomeUnknownException(boolean withIdempotencyKey, RuntimeException cause) {
        super("The commit of a batch failed", cause);
        this.withIdempotencyKey = withIdempotencyKey;
    }

    boolean withIdempotencyKey() {
        return withIdempotencyKey;
    }

}
