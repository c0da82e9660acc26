package io.plumbline.ingestion;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * A host that HTTP client spans went to without an integration to count them for
 * (docs/otlp.md): seen through an agency-wide key ({@code client} null) or a key of one
 * client.
 *
 * @param lastService the {@code service.name} of the last span's resource, if it had one
 */
public record UnmappedHost(String host, ClientId client, long spans, Instant firstSeenAt, Instant lastSeenAt,
        String lastService) {
}
