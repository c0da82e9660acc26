package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;

public record SlaDetails(SlaId id, ClientId client, IntegrationId integration, String name, Objectives objectives,
        EvaluationWindow window, Instant createdAt) {

    public boolean clientWide() {
        return integration == null;
    }
}
