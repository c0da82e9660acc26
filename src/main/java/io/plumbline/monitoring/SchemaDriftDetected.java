package io.plumbline.monitoring;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled check found a response that no longer matches its JSON schema: the provider
 * may have changed its API. Published in the transaction that stores the check's result,
 * once per failing check.
 *
 * @param violations the schema messages as the check shows them (at most three, then "and
 * N more"), in order
 */
public record SchemaDriftDetected(AgencyId agency, ClientId client, IntegrationId integration, MonitorId monitor,
        String monitorName, List<String> violations, Instant at) {

    public SchemaDriftDetected {
        violations = List.copyOf(violations);
    }
}
