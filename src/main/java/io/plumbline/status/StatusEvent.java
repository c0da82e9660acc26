package io.plumbline.status;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * Changes made by the agency to what clients see as status, published in the transaction
 * of the change (the audit log records them).
 */
public sealed interface StatusEvent {

    ClientId client();

    /** What the change concerns, for the audit log: an integration's or client's name. */
    String subject();

    record StatusOverridden(ClientId client, IntegrationId integration, String subject, LiveState state, String note,
            Instant expiresAt) implements StatusEvent {
    }

    record StatusOverrideCleared(ClientId client, IntegrationId integration, String subject) implements StatusEvent {
    }

    record PublicPageEnabled(ClientId client, String subject) implements StatusEvent {
    }

    record PublicPageRevoked(ClientId client, String subject) implements StatusEvent {
    }

}
