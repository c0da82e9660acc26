package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.AllowListEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outbound_allow_list")
public class OutboundAllowListRow {

    @Id
    private UUID id;

    private UUID agencyId;

    private String entry;

    private String createdBy;

    private Instant createdAt;

    protected OutboundAllowListRow() {
    }

    public OutboundAllowListRow(UUID agencyId, String entry, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.entry = entry;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String entry() {
        return entry;
    }

    public AllowListEntry details() {
        return new AllowListEntry(id, entry, createdBy, createdAt);
    }

}
