package io.plumbline.incident;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An incident as agency staff see it, including the unpublished summary draft; clients
 * get {@link PublishedIncident}.
 *
 * @param detectedAt when the fault began (an alert's first failing data point, or what
 * the person opening it said)
 * @param openedAt when the incident (or the alert that opened it) was raised
 * @param cause {@code null} until someone gives it; required to resolve
 */
public record IncidentDetails(IncidentId id, ClientId client, String title, IncidentSeverity severity,
        IncidentState state, List<IntegrationId> integrations, RootCause cause, Instant detectedAt, Instant openedAt,
        Instant acknowledgedAt, Instant diagnosedAt, Instant resolvedAt, String openedBy, String summaryDraft,
        String publishedSummary, Instant summaryPublishedAt) {

    /**
     * Time to detect: from the fault's start to the incident (or its alert) being raised.
     */
    public Duration timeToDetect() {
        return Duration.between(detectedAt, openedAt);
    }

    /** Time to resolve: from the fault's start to its resolution; empty while open. */
    public Optional<Duration> timeToResolve() {
        return Optional.ofNullable(resolvedAt).map(resolved -> Duration.between(detectedAt, resolved));
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public boolean summaryPublished() {
        return summaryPublishedAt != null;
    }

    /**
     * The published text differs from the draft: the editor changed it since publishing.
     */
    public boolean summaryChangedSincePublished() {
        return summaryPublished() && !publishedSummary.equals(summaryDraft);
    }
}
