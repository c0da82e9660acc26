package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A schedule as listed; {@code client} is empty for the executive report's. */
public record ScheduleDetails(ReportScheduleId id, ReportKind kind, Optional<ClientId> client, ReportCadence cadence,
        ZoneId zone, LocalTime sendAt, List<String> recipients, boolean reviewBeforeSend, boolean enabled,
        Instant nextRunAt, String createdBy, Instant createdAt) {
}
