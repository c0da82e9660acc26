package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.util.Set;

/**
 * What an editor sets on a rule. {@code client} / {@code integration} null: the whole
 * agency (every integration of the client). {@code shortWindow} only for
 * {@link AlertRuleKind#SLO_BURN_RATE}.
 */
public record AlertRuleDraft(String name, AlertRuleKind kind, AlertSeverity severity, ClientId client,
        IntegrationId integration, Double threshold, Duration window, Duration shortWindow, boolean opensIncident,
        boolean enabled, Set<ChannelId> channels) {
}
