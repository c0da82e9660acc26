package io.plumbline.ingestion;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

public sealed interface ApiKeyEvent {

    AgencyId agency();

    ClientId client();

    String name();

    record ApiKeyCreated(AgencyId agency, ClientId client, String name, String prefix) implements ApiKeyEvent {
    }

    record ApiKeyRevoked(AgencyId agency, ClientId client, String name, String prefix) implements ApiKeyEvent {
    }

}
