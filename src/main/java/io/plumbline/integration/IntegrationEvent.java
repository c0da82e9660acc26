package io.plumbline.integration;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

public sealed interface IntegrationEvent {

    AgencyId agency();

    ClientId client();

    IntegrationId integration();

    String key();

    record IntegrationRegistered(AgencyId agency, ClientId client, IntegrationId integration,
            String key) implements IntegrationEvent {
    }

    record IntegrationChanged(AgencyId agency, ClientId client, IntegrationId integration,
            String key) implements IntegrationEvent {
    }

    record IntegrationArchived(AgencyId agency, ClientId client, IntegrationId integration,
            String key) implements IntegrationEvent {
    }

}
