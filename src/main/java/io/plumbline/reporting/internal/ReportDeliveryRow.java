package io.plumbline.reporting.internal;

import io.plumbline.reporting.DeliveryDetails;
import io.plumbline.reporting.DeliveryState;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "report_delivery")
public class ReportDeliveryRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    UUID scheduleId;

    UUID reportId;

    LocalDate periodStart;

    String recipient;

    @Enumerated(EnumType.STRING)
    DeliveryState state;

    int attempts;

    Instant nextAttemptAt;

    String lastError;

    Instant sentAt;

    Instant createdAt;

    /**
     * Set while an attempt is sending (outside any transaction): when, and by which node
     * ({@link io.plumbline.shared.SendClaims}).
     */
    Instant claimedAt;

    String claimedBy;

    protected ReportDeliveryRow() {
    }

    ReportDeliveryRow(ReportRow report, String recipient, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = report.agencyId;
        this.clientId = report.clientId;
        this.scheduleId = report.scheduleId;
        this.reportId = report.id;
        this.periodStart = report.periodStart;
        this.recipient = recipient;
        this.state = report.awaitingReview ? DeliveryState.AWAITING_REVIEW : DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public DeliveryState state() {
        return state;
    }

    public String claimedBy() {
        return claimedBy;
    }

    /** Due now: a held or reviewed mail goes to the delivery task again. */
    public void queue(Instant now) {
        state = DeliveryState.PENDING;
        nextAttemptAt = now;
    }

    public DeliveryDetails details() {
        return new DeliveryDetails(id, new ReportScheduleId(scheduleId), new ReportId(reportId),
                Optional.ofNullable(clientId).map(ClientId::new), periodStart, recipient, state, attempts,
                nextAttemptAt, lastError, sentAt, createdAt);
    }

}
