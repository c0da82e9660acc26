package io.plumbline.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** The data a unit of work may touch: one agency, and within it optionally one client. */
public record TenantScope(AgencyId agency, ClientId client) implements Serializable {
    public TenantScope {
        Objects.requireNonNull(agency, "agency");
    }

    public static TenantScope agency(AgencyId agency) {
        return new TenantScope(agency, null);
    }

    public Optional<ClientId> clientId() {
        return Optional.ofNullable(client);
    }

    public boolean isClientScope() {
        return client != null;
    }
}
