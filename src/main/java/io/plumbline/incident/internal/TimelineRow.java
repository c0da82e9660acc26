package io.plumbline.incident.internal;

import io.plumbline.incident.TimelineEntry;
import io.plumbline.incident.TimelineKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "incident_timeline")
public class TimelineRow {

    @Id
    UUID id;

    UUID incidentId;

    UUID agencyId;

    UUID clientId;

    @Enumerated(EnumType.STRING)
    TimelineKind kind;

    Instant happenedAt;

    Instant recordedAt;

    String recordedBy;

    String note;

    protected TimelineRow() {
    }

    public TimelineRow(Incident incident, TimelineKind kind, Instant happenedAt, Instant recordedAt, String recordedBy,
            String note) {
        this.id = UUID.randomUUID();
        this.incidentId = incident.id;
        this.agencyId = incident.agencyId;
        this.clientId = incident.clientId;
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    public TimelineEntry entry() {
        return new TimelineEntry(kind, happenedAt, recordedBy, recordedAt, note);
    }

}
