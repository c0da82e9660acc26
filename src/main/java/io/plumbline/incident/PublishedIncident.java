package io.plumbline.incident;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;
import java.util.List;

/**
 * What a client sees of an incident in the portal: only incidents whose summary is
 * published, and only the published text — never the draft, the timeline's notes, the
 * internal notes or the root-cause category.
 */
public record PublishedIncident(IncidentId id, String title, IncidentSeverity severity,
        List<IntegrationId> integrations, Instant detectedAt, Instant resolvedAt, String summary, Instant publishedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
