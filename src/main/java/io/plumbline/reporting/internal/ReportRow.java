package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportKind;
import io.plumbline.reporting.ReportPeriod;
import io.plumbline.reporting.ReportState;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of the report archive; its PDF is a {@link ReportDocumentRow}, read only to
 * download or send it.
 */
@Entity
@Table(name = "report")
public class ReportRow {

    @Id
    UUID id;

    UUID agencyId;

    @Enumerated(EnumType.STRING)
    ReportKind kind;

    /** Null for the executive report. */
    UUID clientId;

    LocalDate periodStart;

    LocalDate periodEnd;

    String timeZone;

    @Enumerated(EnumType.STRING)
    ReportState state;

    String requestedBy;

    Instant requestedAt;

    Instant finishedAt;

    Integer pages;

    Integer sizeBytes;

    String error;

    UUID scheduleId;

    boolean awaitingReview;

    String reviewedBy;

    protected ReportRow() {
    }

    /** A client's report, or the executive report when {@code client} is empty. */
    public ReportRow(UUID agencyId, Optional<ClientId> client, ReportPeriod period, String requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.kind = client.isPresent() ? ReportKind.CLIENT : ReportKind.EXECUTIVE;
        this.clientId = client.map(ClientId::value).orElse(null);
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.timeZone = period.zone().getId();
        this.state = ReportState.RUNNING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /**
     * The run of a schedule for one period; held back from the portal while an admin must
     * review it.
     */
    static ReportRow scheduled(UUID agencyId, Optional<ClientId> client, UUID scheduleId, ReportPeriod period,
            boolean review, Instant now) {
        ReportRow row = new ReportRow(agencyId, client, period, "schedule", now);
        row.scheduleId = scheduleId;
        row.awaitingReview = review;
        return row;
    }

    /**
     * What a client user may read: their own client's report, finished, and not waiting
     * for review.
     */
    public boolean visibleToClient(ClientId client) {
        return kind == ReportKind.CLIENT && client.value().equals(clientId) && state == ReportState.READY
                && !awaitingReview;
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public ReportState state() {
        return state;
    }

    /** A scheduled report drawn and held for an admin's approval. */
    public boolean awaitsReview() {
        return awaitingReview && state == ReportState.READY;
    }

    public void approve(String reviewer) {
        awaitingReview = false;
        reviewedBy = reviewer;
    }

    public Optional<ClientId> client() {
        return Optional.ofNullable(clientId).map(ClientId::new);
    }

    ReportPeriod period() {
        return new ReportPeriod(periodStart, periodEnd, ZoneId.of(timeZone));
    }

    ReportDocumentRow finish(byte[] document, int pageCount, Instant now) {
        state = ReportState.READY;
        pages = pageCount;
        sizeBytes = document.length;
        finishedAt = now;
        return new ReportDocumentRow(this, document);
    }

    void fail(String reason, Instant now) {
        state = ReportState.FAILED;
        error = reason == null ? "unknown error" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = now;
    }

    public ReportDetails details() {
        return new ReportDetails(new ReportId(id), kind, client(), period(), state, requestedBy, requestedAt,
                finishedAt, pages, sizeBytes, error, awaitingReview);
    }

}
