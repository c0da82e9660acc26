package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;

/** A new maintenance window; {@code integration} is null for the whole client. */
public record MaintenanceDraft(ClientId client, IntegrationId integration, String name, MaintenanceSchedule schedule) {
}
