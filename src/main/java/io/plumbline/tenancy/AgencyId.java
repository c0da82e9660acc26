package io.plumbline.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identity of an agency, the tenant. */
public record AgencyId(UUID value) implements Serializable {
    public AgencyId {
        Objects.requireNonNull(value, "agency id");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
