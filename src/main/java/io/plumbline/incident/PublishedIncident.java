package io.plumbline.incident;

import io.plumbline.integration.IntegrationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a client sees of an incident in the portal: only incidents whose summary is
 * published, and only the published text — never the draft, the timeline's notes, the
 * internal notes or the root-cause category. Shown once the agency published a summary or
 * posted an update.
 *
 * @param summary the published summary, or when there is none the newest update's text
 * @param publishedAt when the summary was published, or else when the first update was
 * @param updates the published updates, newest first
 */
public record PublishedIncident(IncidentId id, String title, IncidentSeverity severity,
        List<IntegrationId> integrations, Instant detectedAt, Instant resolvedAt, String summary, Instant publishedAt,
        List<IncidentUpdate> updates) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    /**
     * The published summary when it says more than the updates (a summary that became the
     * first update is not shown twice).
     */
    public Optional<String> separateSummary() {
        return summary == null || updates.stream().anyMatch(u -> u.text().equals(summary)) ? Optional.empty()
                : Optional.of(summary);
    }

    /** The state of the newest update, if any. */
    public Optional<UpdateState> latestState() {
        return updates.stream().findFirst().map(IncidentUpdate::state);
    }

    /** The newest of the summary's publication and the updates. */
    public Instant lastChanged() {
        return updates.stream()
            .map(IncidentUpdate::at)
            .reduce(publishedAt, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }
}
