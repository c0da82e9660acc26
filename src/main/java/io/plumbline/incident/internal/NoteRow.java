package io.plumbline.incident.internal;

import io.plumbline.incident.InternalNote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "incident_note")
public class NoteRow {

    @Id
    UUID id;

    UUID incidentId;

    UUID agencyId;

    UUID clientId;

    Instant writtenAt;

    String writtenBy;

    @Column(name = "note_text")
    String text;

    protected NoteRow() {
    }

    public NoteRow(Incident incident, Instant writtenAt, String writtenBy, String text) {
        this.id = UUID.randomUUID();
        this.incidentId = incident.id;
        this.agencyId = incident.agencyId;
        this.clientId = incident.clientId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.text = text;
    }

    public InternalNote note() {
        return new InternalNote(writtenAt, writtenBy, text);
    }

}
