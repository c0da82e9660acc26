package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * One report of the archive, without its bytes; {@code pages} and {@code sizeBytes} once it is READY. A scheduled report
 * with review {@code awaitingReview} is neither sent nor shown in the portal until an admin approves it.
 */
public record ReportDetails(ReportId id, ClientId client, ReportPeriod period, ReportState state, String requestedBy,
        Instant requestedAt, Instant finishedAt, Integer pages, Integer sizeBytes, String error, boolean awaitingReview) {

    /** "acme-report-2026-10-01-2026-10-31.pdf": the client's name and the days covered, last day inclusive. */
    public String fileName(String clientName) {
        String slug = clientName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "%s-report-%s-%s.pdf".formatted(slug.isEmpty() ? "client" : slug, period.start(), period.end().minusDays(1));
    }
}
