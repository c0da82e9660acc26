package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the delivery log: one report to one recipient, with its attempts so far; no
 * client for the executive report.
 */
public record DeliveryDetails(UUID id, ReportScheduleId schedule, ReportId report, Optional<ClientId> client,
        LocalDate periodStart, String recipient, DeliveryState state, int attempts, Instant nextAttemptAt,
        String lastError, Instant sentAt, Instant createdAt) {
}
