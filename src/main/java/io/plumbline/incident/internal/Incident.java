package io.plumbline.incident.internal;

import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.IncidentState;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.TimelineKind;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "incident")
public class Incident {

    /**
     * One affected integration; carries the tenant columns every row needs for row-level
     * security.
     */
    @Embeddable
    record Affected(UUID agencyId, UUID clientId, UUID integrationId) {
    }

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    String title;

    @Enumerated(EnumType.STRING)
    IncidentSeverity severity;

    @Enumerated(EnumType.STRING)
    IncidentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause")
    RootCause cause;

    Instant detectedAt;

    Instant openedAt;

    Instant acknowledgedAt;

    Instant diagnosedAt;

    Instant resolvedAt;

    String openedBy;

    String summaryDraft;

    String publishedSummary;

    Instant summaryPublishedAt;

    /**
     * When the newest client-facing update was posted; the client sees the incident once
     * set.
     */
    Instant lastUpdateAt;

    // One select for the affected integrations of all incidents a query loads, not one
    // per incident (list, stats).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "incident_integration", joinColumns = @JoinColumn(name = "incident_id"))
    Set<Affected> affected = new HashSet<>();

    protected Incident() {
    }

    public Incident(AgencyId agency, ClientId client, Instant detectedAt, Instant openedAt, String openedBy) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client.value();
        this.detectedAt = detectedAt;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.state = IncidentState.OPEN;
    }

    public IncidentId incidentId() {
        return new IncidentId(id);
    }

    public ClientId client() {
        return new ClientId(clientId);
    }

    public AgencyId agency() {
        return new AgencyId(agencyId);
    }

    public String title() {
        return title;
    }

    public RootCause cause() {
        return cause;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** Neither acknowledged nor resolved yet. */
    public boolean awaitsAcknowledgement() {
        return acknowledgedAt == null && resolvedAt == null;
    }

    /**
     * The latest of detection, acknowledgement and diagnosis: no milestone may come
     * before it.
     */
    public Instant lastMilestone() {
        return Stream.of(acknowledgedAt, diagnosedAt)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(detectedAt);
    }

    public void describe(String title, IncidentSeverity severity) {
        this.title = title;
        this.severity = severity;
    }

    /** The root-cause category; refining it is allowed, also after resolving. */
    public void attributeTo(RootCause cause) {
        this.cause = cause;
    }

    public boolean hasSummaryDraft() {
        return summaryDraft != null;
    }

    /**
     * The client-facing summary's draft; the published text stays until it is published.
     */
    public void draftSummary(String text) {
        summaryDraft = text;
    }

    /** The client's portal shows the incident with the saved draft from now on. */
    public void publishSummary(Instant at) {
        publishedSummary = summaryDraft;
        summaryPublishedAt = at;
    }

    /** Out of the client's portal; the draft stays. */
    public void withdrawSummary() {
        publishedSummary = null;
        summaryPublishedAt = null;
    }

    /** A client-facing update was posted at {@code at}: the client sees the incident. */
    public void updatePosted(Instant at) {
        if (lastUpdateAt == null || at.isAfter(lastUpdateAt)) {
            lastUpdateAt = at;
        }
    }

    public void affect(Set<IntegrationId> integrations) {
        affected.clear();
        integrations.forEach(this::affect);
    }

    public void affect(IntegrationId integration) {
        affected.add(new Affected(agencyId, clientId, integration.value()));
    }

    public boolean affects(IntegrationId integration) {
        return affected.stream().anyMatch(a -> a.integrationId().equals(integration.value()));
    }

    /** The instant a milestone was reached, or {@code null}. */
    public Instant reached(TimelineKind kind) {
        return switch (kind) {
            case DETECTED -> detectedAt;
            case ACKNOWLEDGED -> acknowledgedAt;
            case DIAGNOSED -> diagnosedAt;
            case RESOLVED -> resolvedAt;
            case UPDATE -> null;
        };
    }

    public void reach(TimelineKind milestone, Instant at) {
        switch (milestone) {
            case ACKNOWLEDGED -> acknowledgedAt = at;
            case DIAGNOSED -> diagnosedAt = at;
            case RESOLVED -> resolvedAt = at;
            default -> throw new IllegalArgumentException("Not a milestone to reach: " + milestone);
        }
        if (milestone.reaches().compareTo(state) > 0) {
            state = milestone.reaches();
        }
    }

    public IncidentDetails details() {
        return new IncidentDetails(incidentId(), client(), title, severity, state,
                affected.stream()
                    .map(a -> new IntegrationId(a.integrationId()))
                    .sorted(Comparator.comparing(IntegrationId::value))
                    .toList(),
                cause, detectedAt, openedAt, acknowledgedAt, diagnosedAt, resolvedAt, openedBy, summaryDraft,
                publishedSummary, summaryPublishedAt);
    }

    /**
     * What the client sees, with its updates (newest first).
     */
    public PublishedIncident published(List<IncidentUpdate> updates) {
        IncidentDetails details = details();
        return new PublishedIncident(details.id(), title, severity, details.integrations(), detectedAt, resolvedAt,
                publishedSummary != null ? publishedSummary : updates.isEmpty() ? null : updates.getFirst().text(),
                summaryPublishedAt != null ? summaryPublishedAt : updates.isEmpty() ? null : updates.getLast().at(),
                List.copyOf(updates));
    }

}
