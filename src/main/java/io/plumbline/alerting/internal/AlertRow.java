package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertDetails;
import io.plumbline.alerting.AlertId;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.AlertState;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "alert")
public class AlertRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    UUID integrationId;

    UUID ruleId;

    String ruleName;

    @Enumerated(EnumType.STRING)
    AlertRuleKind kind;

    @Enumerated(EnumType.STRING)
    AlertSeverity severity;

    String conditionKey;

    /**
     * The condition key while open, NULL once resolved: unique per rule (the dedup of
     * docs/alerting.md).
     */
    String openKey;

    @Enumerated(EnumType.STRING)
    AlertState state;

    String summary;

    String detail;

    Instant detectedAt;

    Instant openedAt;

    Instant lastSeenAt;

    Instant acknowledgedAt;

    String acknowledgedBy;

    Instant resolvedAt;

    protected AlertRow() {
    }

    public AlertRow(AlertRuleRow rule, AlertCondition condition, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = rule.agencyId;
        this.clientId = condition.client().value();
        this.integrationId = condition.integration().map(IntegrationId::value).orElse(null);
        this.ruleId = rule.id;
        this.ruleName = rule.name;
        this.kind = rule.kind;
        this.severity = rule.severity;
        this.conditionKey = condition.key();
        this.openKey = condition.key();
        this.state = AlertState.FIRING;
        this.detectedAt = now;
        this.openedAt = now;
        see(condition, now);
    }

    void see(AlertCondition condition, Instant now) {
        summary = clip(condition.summary(), 500);
        detail = condition.detail() == null ? null : clip(condition.detail(), 2000);
        lastSeenAt = now;
    }

    boolean open() {
        return state != AlertState.RESOLVED;
    }

    public void acknowledge(String by, Instant at) {
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public void resolve(Instant at) {
        state = AlertState.RESOLVED;
        openKey = null;
        resolvedAt = at;
    }

    public AlertState state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    /** When the condition was last seen to hold; set directly only for demo history. */
    public void lastSeenAt(Instant at) {
        lastSeenAt = at;
    }

    AlertId alertId() {
        return new AlertId(id);
    }

    public ClientId client() {
        return new ClientId(clientId);
    }

    public AlertDetails details() {
        return new AlertDetails(alertId(), client(), Optional.ofNullable(integrationId).map(IntegrationId::new),
                Optional.ofNullable(ruleId).map(AlertRuleId::new), ruleName, kind, severity, conditionKey, state,
                summary, detail, detectedAt, openedAt, lastSeenAt, acknowledgedAt, acknowledgedBy, resolvedAt);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
