package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportKind;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.reporting.ScheduleDetails;
import io.plumbline.reporting.ScheduleDraft;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "report_schedule")
public class ReportScheduleRow {

    @Id
    public UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    /** Null for the executive report. */
    @Column(name = "client_id")
    UUID clientId;

    @Enumerated(EnumType.STRING)
    public ReportCadence cadence;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "send_at")
    public LocalTime sendAt;

    /** Comma-separated, validated addresses. */
    public String recipients;

    @Column(name = "review_before_send")
    public boolean reviewBeforeSend;

    public boolean enabled;

    @Column(name = "next_run_at")
    public Instant nextRunAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    protected ReportScheduleRow() {
    }

    public ReportScheduleRow(UUID agencyId, ScheduleDraft draft, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.kind = draft.kind();
        this.clientId = draft.kind() == ReportKind.CLIENT ? draft.client().value() : null;
        this.cadence = draft.cadence();
        this.timeZone = draft.zone().getId();
        this.sendAt = draft.sendAt();
        this.recipients = String.join(",", draft.recipients());
        this.reviewBeforeSend = draft.reviewBeforeSend();
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.nextRunAt = ScheduleCalendar.nextRun(cadence, sendAt, zone(), now);
    }

    public Optional<ClientId> client() {
        return Optional.ofNullable(clientId).map(ClientId::new);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    java.util.List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).filter(r -> !r.isBlank()).toList();
    }

    public ScheduleDetails details() {
        return new ScheduleDetails(new ReportScheduleId(id), kind, client(), cadence, zone(), sendAt, recipientList(),
                reviewBeforeSend, enabled, nextRunAt, createdBy, createdAt);
    }

}
