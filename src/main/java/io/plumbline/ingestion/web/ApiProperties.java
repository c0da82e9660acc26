package io.plumbline.ingestion.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.api.*}; defaults in application.properties (docs/api.md).
 *
 * @param rateLimit requests per API key
 * @param idempotency repeated {@code Idempotency-Key}s
 * @param databaseOutageRetryAfter the {@code Retry-After} of a 503 while the database is
 * unavailable
 */
@ConfigurationProperties("plumbline.api")
record ApiProperties(RateLimit rateLimit, Idempotency idempotency, Duration databaseOutageRetryAfter) {

    /**
     * @param requestsPerSecond sustained requests per second and key
     * @param burst requests a key may send at once
     */
    record RateLimit(long requestsPerSecond, long burst) {

    }

    /**
     * @param claimWait how long a repeat waits for the first request's transaction before
     * 409 "in progress"
     */
    record Idempotency(Duration claimWait) {

    }

}
