package io.plumbline.demo.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.util.LinkedHashMap;
import java.util.Map;

/** The demo agencies and clients by name, handed from story to story. */
final class DemoWorld {

    private final Map<String, AgencyId> agencies = new LinkedHashMap<>();

    private final Map<String, ClientId> clients = new LinkedHashMap<>();

    private final Map<String, AgencyId> agencyOfClient = new LinkedHashMap<>();

    private final Map<String, IntegrationId> integrations = new LinkedHashMap<>();

    void addAgency(String name, AgencyId id) {
        agencies.put(name, id);
    }

    void addClient(String agency, String name, ClientId id) {
        clients.put(name, id);
        agencyOfClient.put(name, agencies.get(agency));
    }

    TenantScope agency(String name) {
        return TenantScope.agency(agencies.get(name));
    }

    ClientId client(String name) {
        return clients.get(name);
    }

    AgencyId agencyOfClient(String name) {
        return agencyOfClient.get(name);
    }

    void addIntegration(String key, IntegrationId id) {
        integrations.put(key, id);
    }

    IntegrationId integration(String key) {
        return integrations.get(key);
    }

}
