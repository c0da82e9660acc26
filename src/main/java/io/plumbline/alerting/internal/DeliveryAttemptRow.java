package io.plumbline.alerting.internal;

import io.plumbline.alerting.DeliveryAttempt.Outcome;
import io.plumbline.alerting.DeliveryAttempt;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "alert_delivery_attempt")
public class DeliveryAttemptRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID notificationId;

    Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    Integer statusCode;

    String error;

    protected DeliveryAttemptRow() {
    }

    DeliveryAttemptRow(NotificationRow notification, Instant at, Outcome outcome, Integer statusCode, String error) {
        this.id = UUID.randomUUID();
        this.agencyId = notification.agencyId;
        this.notificationId = notification.id;
        this.attemptedAt = at;
        this.outcome = outcome;
        this.statusCode = statusCode;
        this.error = error == null ? null : AlertRow.clip(error, 1000);
    }

    public DeliveryAttempt details() {
        return new DeliveryAttempt(attemptedAt, outcome, statusCode, error);
    }

}
