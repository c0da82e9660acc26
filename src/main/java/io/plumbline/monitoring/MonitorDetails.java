package io.plumbline.monitoring;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;

/**
 * A monitor with its whole definition, secrets decrypted: only for the people who may
 * edit it.
 *
 * @param lastResult the last scheduled check in full; {@code null} before the first
 */
public record MonitorDetails(MonitorId id, IntegrationId integration, ClientId client, String name,
        CheckDefinition check, Duration interval, boolean enabled, Instant createdAt, Instant lastCheckedAt,
        MonitorStatus lastStatus, CheckResult lastResult) {

    public MonitorDraft draft() {
        return new MonitorDraft(integration, name, check, interval, enabled);
    }
}
