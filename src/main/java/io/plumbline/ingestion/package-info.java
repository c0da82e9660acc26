/**
 * The machine API under {@code /api/v1}: API keys (random, shown once, stored as hashes),
 * the key filter, per-key rate limits, request-body limits, JSON and NDJSON batches,
 * Idempotency-Key replays and RFC 9457 problem details. Other modules' push endpoints
 * reuse {@link io.plumbline.ingestion.ApiBatches} and
 * {@link io.plumbline.ingestion.ApiResult}.
 */
package io.plumbline.ingestion;
