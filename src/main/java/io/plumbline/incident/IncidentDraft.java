package io.plumbline.incident;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Set;

/**
 * An incident as a person opens or edits it. {@code detectedAt} is when the fault began
 * (empty means now); {@code note} goes on the DETECTED entry when opening and is ignored
 * when editing.
 */
public record IncidentDraft(ClientId client, String title, IncidentSeverity severity, Set<IntegrationId> integrations,
        Instant detectedAt, String note) {

    public IncidentDraft {
        integrations = integrations == null ? Set.of() : Set.copyOf(integrations);
    }
}
