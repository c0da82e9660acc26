package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;

/**
 * Time excluded from every SLA of the client (or, with {@code integration}, from that
 * integration's share of them): checks and calls inside it count in neither good nor bad.
 */
public record MaintenanceWindow(MaintenanceWindowId id, ClientId client, IntegrationId integration, String name,
        MaintenanceSchedule schedule) {

    public boolean clientWide() {
        return integration == null;
    }
}
