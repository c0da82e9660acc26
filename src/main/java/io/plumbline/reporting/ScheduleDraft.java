package io.plumbline.reporting;

import io.plumbline.tenancy.ClientId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What an admin fills in for a schedule: which report (a client's, or the agency's
 * executive report, which names no client), how often, when (local time in the zone), to
 * whom.
 */
public record ScheduleDraft(ClientId client, ReportCadence cadence, ZoneId zone, LocalTime sendAt,
        List<String> recipients, boolean reviewBeforeSend, ReportKind kind) {

    /** A client report's schedule. */
    public ScheduleDraft(ClientId client, ReportCadence cadence, ZoneId zone, LocalTime sendAt, List<String> recipients,
            boolean reviewBeforeSend) {
        this(client, cadence, zone, sendAt, recipients, reviewBeforeSend, ReportKind.CLIENT);
    }

    /** The executive report's schedule. */
    public static ScheduleDraft executive(ReportCadence cadence, ZoneId zone, LocalTime sendAt, List<String> recipients,
            boolean reviewBeforeSend) {
        return new ScheduleDraft(null, cadence, zone, sendAt, recipients, reviewBeforeSend, ReportKind.EXECUTIVE);
    }
}
