package io.plumbline.incident.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An alert that opened an incident or was attached to it. */
@Entity
@Table(name = "incident_alert")
public class AlertLink {

    @Id
    UUID alertId;

    UUID incidentId;

    UUID agencyId;

    UUID clientId;

    protected AlertLink() {
    }

    public UUID incidentId() {
        return incidentId;
    }

    public AlertLink(UUID alertId, Incident incident) {
        this.alertId = alertId;
        this.incidentId = incident.id;
        this.agencyId = incident.agencyId;
        this.clientId = incident.clientId;
    }

}
