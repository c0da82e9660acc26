package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

public record ScheduleDetails(ReportScheduleId id, ClientId client, ReportCadence cadence, ZoneId zone, LocalTime sendAt,
        List<String> recipients, boolean reviewBeforeSend, boolean enabled, Instant nextRunAt, String createdBy,
        Instant createdAt) {
}
