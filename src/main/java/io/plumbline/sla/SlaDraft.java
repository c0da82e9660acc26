package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;

/**
 * An SLA to create or change; {@code integration} null means the client's contract over
 * all its integrations.
 */
public record SlaDraft(ClientId client, IntegrationId integration, String name, Objectives objectives,
        EvaluationWindow window) {

    /** The client's contract over all its integrations. */
    public static SlaDraft clientWide(ClientId client, String name, Objectives objectives, EvaluationWindow window) {
        return new SlaDraft(client, null, name, objectives, window);
    }

    public static SlaDraft of(SlaDetails sla) {
        return new SlaDraft(sla.client(), sla.integration(), sla.name(), sla.objectives(), sla.window());
    }
}
