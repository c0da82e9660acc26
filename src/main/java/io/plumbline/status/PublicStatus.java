package io.plumbline.status;

import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationId;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.tenancy.ClientDetails;
import java.util.List;
import java.util.Map;

/**
 * Everything the public status page shows and nothing else: the client's name, colour and
 * logo, the board (banner, live status, strips), published incidents and maintenance
 * windows (with the integrations' names).
 */
public record PublicStatus(ClientDetails client, StatusBoard board, Map<IntegrationId, String> names,
        List<PublishedIncident> incidents, List<MaintenanceWindow> maintenance) {
}
