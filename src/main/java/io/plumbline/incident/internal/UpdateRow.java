package io.plumbline.incident.internal;

import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.UpdateState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One published, client-facing incident update. */
@Entity
@Table(name = "incident_update")
public class UpdateRow {

    @Id
    UUID id;

    UUID incidentId;

    UUID agencyId;

    UUID clientId;

    @Enumerated(EnumType.STRING)
    UpdateState state;

    Instant postedAt;

    Instant recordedAt;

    String recordedBy;

    String body;

    protected UpdateRow() {
    }

    public UpdateRow(Incident incident, UpdateState state, Instant postedAt, Instant recordedAt, String recordedBy,
            String body) {
        this.id = UUID.randomUUID();
        this.incidentId = incident.id;
        this.agencyId = incident.agencyId;
        this.clientId = incident.clientId;
        this.state = state;
        this.postedAt = postedAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.body = body;
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public IncidentUpdate update() {
        return new IncidentUpdate(id, new IncidentId(incidentId), state, postedAt, body, recordedBy);
    }

}
