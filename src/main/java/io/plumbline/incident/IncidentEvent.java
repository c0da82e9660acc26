package io.plumbline.incident;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.util.UUID;

/**
 * Changes to incidents, published in the transaction of the change (the audit log records
 * them).
 */
public sealed interface IncidentEvent {

    AgencyId agency();

    ClientId client();

    IncidentId incident();

    String title();

    record IncidentOpened(AgencyId agency, ClientId client, IncidentId incident, String title,
            String by) implements IncidentEvent {
    }

    /**
     * {@code change} says what in a few words, e.g. "acknowledged", "cause: Rate
     * limiting", "internal note added".
     */
    record IncidentUpdated(AgencyId agency, ClientId client, IncidentId incident, String title,
            String change) implements IncidentEvent {
    }

    record IncidentResolved(AgencyId agency, ClientId client, IncidentId incident, String title,
            RootCause cause) implements IncidentEvent {
    }

    record IncidentSummaryPublished(AgencyId agency, ClientId client, IncidentId incident,
            String title) implements IncidentEvent {
    }

    /**
     * A client-facing update was posted: the client's portal, feed and subscribers see
     * it.
     */
    record IncidentUpdatePublished(AgencyId agency, ClientId client, IncidentId incident, String title, UUID update,
            UpdateState state) implements IncidentEvent {
    }

    record IncidentSummaryWithdrawn(AgencyId agency, ClientId client, IncidentId incident,
            String title) implements IncidentEvent {
    }

}
