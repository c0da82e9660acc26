package io.plumbline.incident.internal;

import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentId;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.IncidentState;
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
import java.util.Set;
import java.util.UUID;
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
    record Affected(@Column(name = "agency_id") UUID agencyId, @Column(name = "client_id") UUID clientId,
            @Column(name = "integration_id") UUID integrationId) {
    }

    @Id
    UUID id;

    @Column(name = "agency_id")
    public UUID agencyId;

    @Column(name = "client_id")
    UUID clientId;

    public String title;

    @Enumerated(EnumType.STRING)
    public IncidentSeverity severity;

    @Enumerated(EnumType.STRING)
    IncidentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause")
    public RootCause cause;

    @Column(name = "detected_at")
    public Instant detectedAt;

    @Column(name = "opened_at")
    Instant openedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "diagnosed_at")
    public Instant diagnosedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "opened_by")
    String openedBy;

    @Column(name = "summary_draft")
    public String summaryDraft;

    @Column(name = "published_summary")
    public String publishedSummary;

    @Column(name = "summary_published_at")
    public Instant summaryPublishedAt;

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

    public PublishedIncident published() {
        IncidentDetails details = details();
        return new PublishedIncident(details.id(), title, severity, details.integrations(), detectedAt, resolvedAt,
                publishedSummary, summaryPublishedAt);
    }

}
