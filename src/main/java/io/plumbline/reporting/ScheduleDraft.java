package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What an admin fills in for a schedule: whose report, how often, when (local time in the zone), to whom. */
public record ScheduleDraft(ClientId client, ReportCadence cadence, ZoneId zone, LocalTime sendAt,
        List<String> recipients, boolean reviewBeforeSend) {
}
