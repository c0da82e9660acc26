package io.plumbline.ingestion.web;

/** What is wrong with one item of a batch: its index (0-based; for NDJSON the line number − 1), field and reason. */
record ItemError(int index, String field, String reason) {
}
