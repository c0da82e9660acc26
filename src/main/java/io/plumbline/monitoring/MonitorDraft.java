package io.plumbline.monitoring;

import io.plumbline.integration.IntegrationId;
import java.time.Duration;

/** What a form submits to create or change a monitor. */
public record MonitorDraft(IntegrationId integration, String name, CheckDefinition check, Duration interval,
        boolean enabled) {
}
