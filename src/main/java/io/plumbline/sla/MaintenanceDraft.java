package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;

/**
 * A new maintenance window; {@code integration} is null for the whole client.
 * {@code noticeDays} set announces it to the client that many days before each occurrence
 * (null: not announced).
 */
public record MaintenanceDraft(ClientId client, IntegrationId integration, String name, MaintenanceSchedule schedule,
        Integer noticeDays) {

    /** Not announced to the client. */
    public MaintenanceDraft(ClientId client, IntegrationId integration, String name, MaintenanceSchedule schedule) {
        this(client, integration, name, schedule, null);
    }

}
