package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.util.Optional;

/**
 * A rule as a condition source sees it. {@code client} and {@code integration} narrow the rule; empty means every
 * client (or integration) of the agency.
 */
public record AlertRuleSpec(
        AlertRuleId id,
        AgencyId agency,
        Optional<ClientId> client,
        Optional<IntegrationId> integration,
        AlertRuleKind kind,
        double threshold,
        Duration window,
        AlertSeverity severity) {
}
