package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportCadence;
import io.plumbline.reporting.ReportKind;
import io.plumbline.reporting.ReportScheduleId;
import io.plumbline.reporting.ScheduleDetails;
import io.plumbline.reporting.ScheduleDraft;
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
public class ReportScheduleRow {

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

    public UUID id() {
        return id;
    }

    public ReportKind kind() {
        return kind;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    /**
     * Takes a checked draft's cadence, time and recipients and plans the next run from
     * now.
     */
    public void change(ScheduleDraft draft, List<String> checkedRecipients, Instant now) {
        cadence = draft.cadence();
        timeZone = draft.zone().getId();
        sendAt = draft.sendAt();
        recipients = String.join(",", checkedRecipients);
        reviewBeforeSend = draft.reviewBeforeSend();
        nextRunAt = ScheduleCalendar.nextRun(cadence, sendAt, zone(), now);
    }

    /** Pauses, or resumes with the next run planned from now. */
    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        if (enabled) {
            nextRunAt = ScheduleCalendar.nextRun(cadence, sendAt, zone(), now);
        }
    }

    public Optional<ClientId> client() {
        return Optional.ofNullable(clientId).map(ClientId::new);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).filter(r -> !r.isBlank()).toList();
    }

    public ScheduleDetails details() {
        return new ScheduleDetails(new ReportScheduleId(id), kind, client(), cadence, zone(), sendAt, recipientList(),
                reviewBeforeSend, enabled, nextRunAt, createdBy, createdAt);
    }

}
