package io.plumbline.integration.internal;

import io.plumbline.integration.HostPattern;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One host (and path prefix) mapped to an integration (docs/otlp.md). */
@Entity
@Table(name = "integration_host_route")
public class IntegrationHostRoute {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private UUID integrationId;

    private String host;

    private String pathPrefix;

    private Instant createdAt;

    protected IntegrationHostRoute() {
    }

    public IntegrationHostRoute(AgencyId agency, ClientId client, IntegrationId integration, HostPattern pattern,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client.value();
        this.integrationId = integration.value();
        this.host = pattern.host();
        this.pathPrefix = pattern.pathPrefix();
        this.createdAt = createdAt;
    }

    public IntegrationId integration() {
        return new IntegrationId(integrationId);
    }

    public ClientId client() {
        return new ClientId(clientId);
    }

    public HostPattern pattern() {
        return new HostPattern(host, pathPrefix);
    }

}
