package io.plumbline.reporting;

import io.plumbline.reporting.internal.ScheduleCalendar;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "report_schedule")
class ReportScheduleRow {

    @Id
    UUID id;

    UUID agencyId;

    @Enumerated(EnumType.STRING)
    ReportKind kind;

    /** Null for the executive report. */
    UUID clientId;

    @Enumerated(EnumType.STRING)
    ReportCadence cadence;

    String timeZone;

    LocalTime sendAt;

    /** Comma-separated, validated addresses. */
    String recipients;

    boolean reviewBeforeSend;

    boolean enabled;

    Instant nextRunAt;

    String createdBy;

    Instant createdAt;

    protected ReportScheduleRow() {
    }

    ReportScheduleRow(UUID agencyId, ScheduleDraft draft, String createdBy, Instant now) {
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

    Optional<ClientId> client() {
        return Optional.ofNullable(clientId).map(ClientId::new);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).filter(r -> !r.isBlank()).toList();
    }

    ScheduleDetails details() {
        return new ScheduleDetails(new ReportScheduleId(id), kind, client(), cadence, zone(), sendAt, recipientList(),
                reviewBeforeSend, enabled, nextRunAt, createdBy, createdAt);
    }

}
