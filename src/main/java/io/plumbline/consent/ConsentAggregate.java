package io.plumbline.consent;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;
import java.util.Map;

/**
 * Counts a sync job reports for one run instead of one item per record. {@code complete}
 * (records carrying every required field) may be null: then the lowest number the
 * per-field counts allow is taken, so coverage is never overstated (docs/consent.md).
 * {@code source} may be null: the counts are then filed under "(not broken down)".
 */
public record ConsentAggregate(IntegrationId integration, Instant observedAt, String source, long records,
        Map<ConsentField, Long> carrying, long optInTrue, long stale, Long complete) {

    public static final String NO_SOURCE = "(none)";

    public static final String NOT_BROKEN_DOWN = "(not broken down)";

}
