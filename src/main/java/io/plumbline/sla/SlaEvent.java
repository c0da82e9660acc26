package io.plumbline.sla;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

/**
 * Changes to SLAs and their windows, published in the transaction of the change (the
 * audit log records them).
 */
public sealed interface SlaEvent {

    AgencyId agency();

    ClientId client();

    /** The SLA's or the window's name. */
    String name();

    record SlaCreated(AgencyId agency, ClientId client, SlaId sla, String name) implements SlaEvent {
    }

    record SlaChanged(AgencyId agency, ClientId client, SlaId sla, String name) implements SlaEvent {
    }

    record SlaDeleted(AgencyId agency, ClientId client, SlaId sla, String name) implements SlaEvent {
    }

    record CampaignWindowAdded(AgencyId agency, ClientId client, SlaId sla, String name) implements SlaEvent {
    }

    record CampaignWindowRemoved(AgencyId agency, ClientId client, SlaId sla, String name) implements SlaEvent {
    }

    record MaintenanceWindowAdded(AgencyId agency, ClientId client, MaintenanceWindowId window,
            String name) implements SlaEvent {
    }

    /**
     * The agency announced a maintenance window to its client, who sees each occurrence
     * {@code noticeDays} before it starts.
     */
    record MaintenanceAnnounced(AgencyId agency, ClientId client, MaintenanceWindowId window, String name,
            int noticeDays) implements SlaEvent {
    }

    record MaintenanceAnnouncementWithdrawn(AgencyId agency, ClientId client, MaintenanceWindowId window,
            String name) implements SlaEvent {
    }

    record MaintenanceWindowRemoved(AgencyId agency, ClientId client, MaintenanceWindowId window,
            String name) implements SlaEvent {
    }

}
