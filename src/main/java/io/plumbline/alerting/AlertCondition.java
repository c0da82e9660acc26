package io.plumbline.alerting;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.util.Optional;

/**
 * One thing that is wrong right now. {@code key} identifies it within its rule (e.g. the
 * integration key): while an evaluation keeps returning the key the alert stays open and
 * is not notified again; when the key is missing from an evaluation the alert resolves.
 */
public record AlertCondition(String key, ClientId client, Optional<IntegrationId> integration, String summary,
        String detail) {
}
