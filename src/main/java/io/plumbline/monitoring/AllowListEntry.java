package io.plumbline.monitoring;

import java.time.Instant;
import java.util.UUID;

/** A host name or CIDR range the outbound guard lets monitors call although it is private, loopback or link-local. */
public record AllowListEntry(UUID id, String entry, String createdBy, Instant createdAt) {
}
