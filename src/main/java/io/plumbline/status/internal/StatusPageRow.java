package io.plumbline.status.internal;

import io.plumbline.status.PublicPageState;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client's public status page; only the SHA-256 of its token is kept. */
@Entity
@Table(name = "status_page")
public class StatusPageRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    String tokenHash;

    String enabledBy;

    Instant enabledAt;

    protected StatusPageRow() {
    }

    public StatusPageRow(UUID agencyId, UUID clientId, String tokenHash, String enabledBy, Instant enabledAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.clientId = clientId;
        this.tokenHash = tokenHash;
        this.enabledBy = enabledBy;
        this.enabledAt = enabledAt;
    }

    public PublicPageState details() {
        return new PublicPageState(true, enabledBy, enabledAt);
    }

}
