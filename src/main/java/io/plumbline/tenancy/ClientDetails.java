package io.plumbline.tenancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

public record ClientDetails(ClientId id, String name, String displayName, Industry industry, ZoneId timeZone,
        String primaryColour, Logo logo, Instant archivedAt, Instant createdAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    public Optional<Logo> logoIfAny() {
        return Optional.ofNullable(logo);
    }
}
