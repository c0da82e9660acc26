package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * An alert's life, published in the transaction that changes it. Listeners that must not
 * lose an alert (incidents) handle these synchronously in that transaction.
 */
public sealed interface AlertEvent {

    AgencyId agency();

    ClientId client();

    AlertId alert();

    /**
     * A condition started. {@code opensIncident} is the rule's choice; {@code detectedAt}
     * is when the condition began (the first failing data point), {@code openedAt} when
     * the alert was raised.
     */
    record AlertOpened(AgencyId agency, ClientId client, AlertId alert, AlertRuleId rule, AlertRuleKind kind,
            Optional<IntegrationId> integration, AlertSeverity severity, String summary, Instant detectedAt,
            Instant openedAt, boolean opensIncident) implements AlertEvent {
    }

    record AlertAcknowledged(AgencyId agency, ClientId client, AlertId alert, String by,
            Instant at) implements AlertEvent {
    }

    record AlertResolved(AgencyId agency, ClientId client, AlertId alert, Instant at) implements AlertEvent {
    }

}
