package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertRuleDetails;
import io.plumbline.alerting.AlertRuleDraft;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelId;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Entity
@Table(name = "alert_rule")
public class AlertRuleRow {

    /** A routed channel; the agency is repeated for row-level security. */
    @Embeddable
    record Route(UUID channelId, UUID agencyId) {
    }

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    UUID integrationId;

    String name;

    @Enumerated(EnumType.STRING)
    AlertRuleKind kind;

    @Enumerated(EnumType.STRING)
    AlertSeverity severity;

    double threshold;

    long windowSeconds;

    Long shortWindowSeconds;

    boolean opensIncident;

    boolean enabled;

    Instant lastEvaluatedAt;

    String lastError;

    Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_rule_channel", joinColumns = @JoinColumn(name = "rule_id"))
    Set<Route> routes = new HashSet<>();

    protected AlertRuleRow() {
    }

    public AlertRuleRow(UUID id, UUID agencyId, Instant createdAt) {
        this.id = id;
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    public void apply(AlertRuleDraft draft) {
        name = draft.name().strip();
        kind = draft.kind();
        severity = draft.severity();
        clientId = draft.client() == null ? null : draft.client().value();
        integrationId = draft.integration() == null ? null : draft.integration().value();
        threshold = draft.threshold();
        windowSeconds = draft.window().toSeconds();
        shortWindowSeconds = draft.shortWindow() == null ? null : draft.shortWindow().toSeconds();
        opensIncident = draft.opensIncident();
        enabled = draft.enabled();
        routes.clear();
        draft.channels().forEach(channel -> routes.add(new Route(channel.value(), agencyId)));
    }

    Set<ChannelId> channels() {
        return routes.stream().map(route -> new ChannelId(route.channelId())).collect(Collectors.toSet());
    }

    public AlertRuleDraft draft() {
        return new AlertRuleDraft(name, kind, severity, clientId == null ? null : new ClientId(clientId),
                integrationId == null ? null : new IntegrationId(integrationId), threshold,
                Duration.ofSeconds(windowSeconds),
                shortWindowSeconds == null ? null : Duration.ofSeconds(shortWindowSeconds), opensIncident, enabled,
                channels());
    }

    public AlertRuleDetails details() {
        return new AlertRuleDetails(new AlertRuleId(id), draft(), lastEvaluatedAt, lastError, createdAt);
    }

    public String name() {
        return name;
    }

    public AlertRuleKind kind() {
        return kind;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether the rule watches the client: a rule without a client watches them all. */
    public boolean watches(ClientId client) {
        return clientId == null || clientId.equals(client.value());
    }

    public AlertRuleSpec spec() {
        Duration window = Duration.ofSeconds(windowSeconds);
        return new AlertRuleSpec(new AlertRuleId(id), new AgencyId(agencyId),
                Optional.ofNullable(clientId).map(ClientId::new),
                Optional.ofNullable(integrationId).map(IntegrationId::new), kind, threshold, window, severity,
                shortWindowSeconds == null ? window.dividedBy(12) : Duration.ofSeconds(shortWindowSeconds));
    }

}
