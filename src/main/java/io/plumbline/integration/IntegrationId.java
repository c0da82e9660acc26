package io.plumbline.integration;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record IntegrationId(UUID value) implements Serializable {
    public IntegrationId {
        Objects.requireNonNull(value, "integration id");
    }

    public static Optional<IntegrationId> parse(String text) {
        try {
            return Optional.of(new IntegrationId(UUID.fromString(text)));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
