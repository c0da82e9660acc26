package io.plumbline.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * A host name or CIDR range the outbound guard lets monitors call although it is not
 * globally reachable.
 */
public record AllowListEntry(UUID id, String entry, String createdBy, Instant createdAt) {
}
