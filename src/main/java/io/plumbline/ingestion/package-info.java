/**
 * The machine API under {@code /api/v1}: owns the tables {@code api_key} (random keys,
 * shown once, stored as hashes) and {@code idempotency_record}, the key filter, per-key
 * rate limits, body limits, JSON and NDJSON batches, Idempotency-Key replays and RFC 9457
 * problem details ({@code ingestion.web}), the OTLP/HTTP trace intake {@code /v1/traces}
 * with the table {@code otlp_unmapped_host} (docs/otlp.md), and the views
 * {@code settings/api-keys} and {@code settings/opentelemetry}. Its API is
 * {@link io.plumbline.ingestion.ApiKeyService},
 * {@link io.plumbline.ingestion.ApiKeyPrincipal},
 * {@link io.plumbline.ingestion.ApiKeyEvent},
 * {@link io.plumbline.ingestion.OtlpIntakeService} and, for other modules' push
 * endpoints, {@link io.plumbline.ingestion.ApiBatches},
 * {@link io.plumbline.ingestion.ApiResult}, {@link io.plumbline.ingestion.ItemFields} and
 * {@link io.plumbline.ingestion.MachineApi}. The API-key entity and its repository live
 * in {@code ingestion.internal}.
 */
package io.plumbline.ingestion;
