package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.shared.format.Format;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One occurrence of an announced maintenance window as the client sees it.
 *
 * @param integration null when it concerns all the client's integrations
 * @param visibleFrom when the client could first see it (the notice period before it, or
 * the announcement when that came later)
 * @param recurring true for an occurrence of a weekly window
 */
public record AnnouncedMaintenance(MaintenanceWindowId window, ClientId client, IntegrationId integration, String name,
        Interval when, Instant visibleFrom, boolean recurring) {

    public boolean over(Instant now) {
        return !when.end().isAfter(now);
    }

    public boolean ongoing(Instant now) {
        return when.contains(now);
    }

    /**
     * "13 Dec 2026 02:00 – 04:00 Berlin (UTC+01:00)" in the client's zone (the end with
     * its date when it falls on another day).
     */
    public String describe(ZoneId zone) {
        boolean sameDay = when.start().atZone(zone).toLocalDate().equals(when.end().atZone(zone).toLocalDate());
        return Format.dateTime(when.start(), zone) + " – "
                + (sameDay ? Format.time(when.end(), zone) : Format.dateTime(when.end(), zone)) + " "
                + Format.zone(zone, when.start());
    }

    /**
     * A stable id of this occurrence (window and start), for feeds and de-duplication.
     */
    public String occurrenceKey() {
        return window.value() + "/" + when.start().getEpochSecond();
    }

}
