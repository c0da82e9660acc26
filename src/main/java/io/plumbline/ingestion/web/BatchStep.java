package io.plumbline.ingestion.web;

/**
 * The steps of storing a batch with an Idempotency-Key, all in one transaction
 * (docs/reliability.md). Named so that crash tests can fail at each one through a
 * {@link BatchStepListener}.
 */
enum BatchStep {

    /** The key's record is inserted, not yet committed. */
    KEY_CLAIMED,
    /** The batch is written, not yet committed. */
    BATCH_STORED,
    /** The response is stored with the key; next comes the commit. */
    KEY_COMPLETED

}
