package io.plumbline.vendorstatus;

import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.format.Format;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A provider incident, or a period in which the provider's page showed the component not
 * operational, that overlaps a time span of ours (an alert, an incident, a window) on the
 * same component.
 *
 * @param component the component's name; empty for an incident of a whole-page link that
 * names no component
 * @param what the incident's name, or the component's status in words ("degraded
 * performance")
 * @param impact the incident's impact ({@code minor}, …); empty for a status period
 * @param to empty while it lasts
 * @param link the provider's page for it (the incident's shortlink, else the page)
 * @param incident empty for a status period
 */
public record ProviderOverlap(IntegrationId integration, String provider, String component, String what, String impact,
        Instant from, Instant to, String link, ProviderIncidentId incident) {

    public boolean isIncident() {
        return incident != null;
    }

    /**
     * "HubSpot reported degraded performance of CRM API 7 Dec 2026 10:02–11:40" or
     * "HubSpot reported “Elevated errors” (major) on CRM API 7 Dec 2026 10:02–11:40", in
     * {@code zone} (named after the times).
     */
    public String describe(ZoneId zone) {
        String subject = isIncident()
                ? "“%s” (%s)%s".formatted(what, impact, component == null ? "" : " on " + component)
                : "%s of %s".formatted(what, component);
        return "%s reported %s %s".formatted(provider, subject, span(from, to, zone));
    }

    /**
     * "7 Dec 2026 10:02–11:40 UTC", "7 Dec 2026 23:10 – 8 Dec 2026 01:00 UTC", "since …".
     */
    public static String span(Instant from, Instant to, ZoneId zone) {
        String zoneName = zone.equals(java.time.ZoneOffset.UTC) ? " UTC" : "";
        if (to == null) {
            return "since " + Format.dateTime(from, zone) + zoneName + " (ongoing)";
        }
        boolean sameDay = from.atZone(zone).toLocalDate().equals(to.atZone(zone).toLocalDate());
        return sameDay ? Format.dateTime(from, zone) + "–" + Format.time(to, zone) + zoneName
                : Format.dateTime(from, zone) + " – " + Format.dateTime(to, zone) + zoneName;
    }

}
