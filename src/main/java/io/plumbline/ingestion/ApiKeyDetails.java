package io.plumbline.ingestion;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/** An API key as its list shows it: never the key itself, only its first characters. */
public record ApiKeyDetails(ApiKeyId id, String name, ClientId client, String prefix, String createdBy,
        Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
