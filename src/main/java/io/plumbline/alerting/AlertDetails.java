package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * An alert as the views show it. {@code rule} is empty once the rule was deleted;
 * {@code ruleName} stays.
 */
public record AlertDetails(AlertId id, ClientId client, Optional<IntegrationId> integration, Optional<AlertRuleId> rule,
        String ruleName, AlertRuleKind kind, AlertSeverity severity, String conditionKey, AlertState state,
        String summary, String detail, Instant detectedAt, Instant openedAt, Instant lastSeenAt, Instant acknowledgedAt,
        String acknowledgedBy, Instant resolvedAt) {
}
