package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One report of the archive, without its bytes; {@code client} is empty for the executive
 * report; {@code pages} and {@code sizeBytes} once it is READY. A scheduled report with
 * review {@code awaitingReview} is neither sent nor shown in the portal until an admin
 * approves it.
 */
public record ReportDetails(ReportId id, ReportKind kind, Optional<ClientId> client, ReportPeriod period,
        ReportState state, String requestedBy, Instant requestedAt, Instant finishedAt, Integer pages,
        Integer sizeBytes, String error, boolean awaitingReview) {

    /**
     * "acme-report-2026-10-01-2026-10-31.pdf": the client's name (the agency's for the
     * executive report) and the days covered, last day inclusive.
     */
    public String fileName(String subjectName) {
        String slug = subjectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "%s-%s-%s-%s.pdf".formatted(slug.isEmpty() ? "client" : slug,
                kind == ReportKind.EXECUTIVE ? "executive-report" : "report", period.start(),
                period.end().minusDays(1));
    }
}
