package io.plumbline.notices;

import io.plumbline.integration.IntegrationId;
import java.util.Set;

/**
 * A client user's e-mail subscription to service notices (new published incidents, their
 * updates, announced maintenance).
 *
 * @param allIntegrations true for every integration of the client, now and later
 * @param integrations the chosen integrations when not all
 */
public record NoticeSubscription(boolean allIntegrations, Set<IntegrationId> integrations) {

    public NoticeSubscription {
        integrations = allIntegrations ? Set.of() : Set.copyOf(integrations);
    }

    public static NoticeSubscription all() {
        return new NoticeSubscription(true, Set.of());
    }

    /**
     * Whether a notice about these integrations concerns the subscriber; a notice that
     * names none concerns the whole client.
     */
    public boolean covers(java.util.Collection<IntegrationId> affected) {
        return allIntegrations || affected.isEmpty() || affected.stream().anyMatch(integrations::contains);
    }

}
