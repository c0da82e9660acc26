package io.plumbline.incident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An alert that opened an incident or was attached to it. */
@Entity
@Table(name = "incident_alert")
public class AlertLink {

    @Id
    @Column(name = "alert_id")
    UUID alertId;

    @Column(name = "incident_id")
    UUID incidentId;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "client_id")
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
