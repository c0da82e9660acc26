package io.plumbline.status.internal;

import io.plumbline.status.LiveState;
import io.plumbline.status.StatusOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "status_override")
public class StatusOverrideRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    UUID integrationId;

    @Enumerated(EnumType.STRING)
    LiveState state;

    String note;

    String setBy;

    Instant setAt;

    Instant expiresAt;

    protected StatusOverrideRow() {
    }

    public StatusOverrideRow(UUID agencyId, UUID clientId, UUID integrationId) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.clientId = clientId;
        this.integrationId = integrationId;
    }

    public void set(LiveState state, String note, String setBy, Instant setAt, Instant expiresAt) {
        this.state = state;
        this.note = note;
        this.setBy = setBy;
        this.setAt = setAt;
        this.expiresAt = expiresAt;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public StatusOverride details() {
        return new StatusOverride(state, note, setBy, setAt, expiresAt);
    }

}
