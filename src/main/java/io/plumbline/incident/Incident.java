package io.plumbline.incident;

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
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "incident")
class Incident {

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

    // One select for the affected integrations of all incidents a query loads, not one
    // per incident (list, stats).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "incident_integration", joinColumns = @JoinColumn(name = "incident_id"))
    Set<Affected> affected = new HashSet<>();

    protected Incident() {
    }

    Incident(AgencyId agency, ClientId client, Instant detectedAt, Instant openedAt, String openedBy) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client.value();
        this.detectedAt = detectedAt;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.state = IncidentState.OPEN;
    }

    IncidentId incidentId() {
        return new IncidentId(id);
    }

    ClientId client() {
        return new ClientId(clientId);
    }

    void affect(Set<IntegrationId> integrations) {
        affected.clear();
        integrations.forEach(this::affect);
    }

    void affect(IntegrationId integration) {
        affected.add(new Affected(agencyId, clientId, integration.value()));
    }

    boolean affects(IntegrationId integration) {
        return affected.stream().anyMatch(a -> a.integrationId().equals(integration.value()));
    }

    /** The instant a milestone was reached, or {@code null}. */
    Instant reached(TimelineKind kind) {
        return switch (kind) {
            case DETECTED -> detectedAt;
            case ACKNOWLEDGED -> acknowledgedAt;
            case DIAGNOSED -> diagnosedAt;
            case RESOLVED -> resolvedAt;
            case UPDATE -> null;
        };
    }

    void reach(TimelineKind milestone, Instant at) {
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

    IncidentDetails details() {
        return new IncidentDetails(incidentId(), client(), title, severity, state,
                affected.stream()
                    .map(a -> new IntegrationId(a.integrationId()))
                    .sorted(Comparator.comparing(IntegrationId::value))
                    .toList(),
                cause, detectedAt, openedAt, acknowledgedAt, diagnosedAt, resolvedAt, openedBy, summaryDraft,
                publishedSummary, summaryPublishedAt);
    }

    PublishedIncident published() {
        IncidentDetails details = details();
        return new PublishedIncident(details.id(), title, severity, details.integrations(), detectedAt, resolvedAt,
                publishedSummary, summaryPublishedAt);
    }

}
