package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.util.Map;

/**
 * A client's uptime strips from one read: the client's (every integration) and each
 * integration's, in the registry's order.
 */
public record ClientUptime(ClientId client, UptimeHistory overall, Map<IntegrationId, UptimeHistory> integrations) {
}
