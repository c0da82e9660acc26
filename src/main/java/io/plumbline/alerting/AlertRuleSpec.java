package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.util.Optional;

/**
 * A rule as a condition source sees it. {@code client} and {@code integration} narrow the
 * rule; empty means every client (or integration) of the agency. {@code shortWindow} is
 * the second window of a burn-rate rule (both must exceed the threshold); other kinds
 * ignore it.
 */
public record AlertRuleSpec(AlertRuleId id, AgencyId agency, Optional<ClientId> client,
        Optional<IntegrationId> integration, AlertRuleKind kind, double threshold, Duration window,
        AlertSeverity severity, Duration shortWindow) {

    /**
     * Without a short window: one twelfth of the long one, the ratio of the SRE
     * workbook's pairs (1 h / 5 min).
     */
    public AlertRuleSpec(AlertRuleId id, AgencyId agency, Optional<ClientId> client,
            Optional<IntegrationId> integration, AlertRuleKind kind, double threshold, Duration window,
            AlertSeverity severity) {
        this(id, agency, client, integration, kind, threshold, window, severity, window.dividedBy(12));
    }

    /** True when the rule covers this client (and, if it names one, this integration). */
    public boolean covers(ClientId candidateClient, IntegrationId candidateIntegration) {
        return client.map(candidateClient::equals).orElse(true)
                && integration.map(i -> i.equals(candidateIntegration)).orElse(true);
    }
}
