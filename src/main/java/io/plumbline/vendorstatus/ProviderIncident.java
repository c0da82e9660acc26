package io.plumbline.vendorstatus;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the provider's status page reported it, stored by our polls.
 *
 * @param provider the page's name ("HubSpot")
 * @param impact {@code none}, {@code minor}, {@code major} or {@code critical}
 * @param status {@code investigating}, {@code identified}, {@code monitoring},
 * {@code resolved} or {@code postmortem}
 * @param resolvedAt empty while it lasts
 * @param shortlink the provider's link to the incident, if it gave one
 * @param components names of the affected components
 */
public record ProviderIncident(ProviderIncidentId id, String provider, String externalId, String name, String impact,
        String status, Instant startedAt, Instant resolvedAt, String shortlink, List<String> components,
        List<ProviderIncidentUpdate> updates) {

    public boolean resolved() {
        return resolvedAt != null;
    }

}
