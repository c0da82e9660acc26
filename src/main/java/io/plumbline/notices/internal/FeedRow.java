package io.plumbline.notices.internal;

import io.plumbline.notices.FeedStatus;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The live feed token of one client, as its hash. */
@Entity
@Table(name = "status_feed")
public class FeedRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    String tokenHash;

    Instant createdAt;

    String createdBy;

    protected FeedRow() {
    }

    public FeedRow(AgencyId agency, ClientId client, String tokenHash, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client.value();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public FeedStatus status() {
        return new FeedStatus(true, createdAt, createdBy);
    }

}
