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
    record Affected(@Column(name = "agency_id") UUID agencyId, @Column(name = "client_id") UUID clientId,
            @Column(name = "integration_id") UUID integrationId) {
    }

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "client_id")
    UUID clientId;

    String title;

    @Enumerated(EnumType.STRING)
    IncidentSeverity severity;

    @Enumerated(EnumType.STRING)
    IncidentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause")
    RootCause cause;

    @Column(name = "detected_at")
    Instant detectedAt;

    @Column(name = "opened_at")
    Instant openedAt;

    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    @Column(name = "diagnosed_at")
    Instant diagnosedAt;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "opened_by")
    String openedBy;

    @Column(name = "summary_draft")
    String summaryDraft;

    @Column(name = "published_summary")
    String publishedSummary;

    @Column(name = "summary_published_at")
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
