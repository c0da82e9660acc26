package io.plumbline.status;

import java.util.List;

/**
 * What a status page shows of a client: the live status (and its banner), the client's
 * uptime strip and one per active integration, in the registry's order.
 */
public record StatusBoard(LiveStatus live, UptimeStrip overall, List<UptimeStrip> integrations) {
}
