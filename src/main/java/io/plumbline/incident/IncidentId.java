package io.plumbline.incident;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record IncidentId(UUID value) implements Serializable {
    public IncidentId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<IncidentId> parse(String text) {
        try {
            return Optional.of(new IncidentId(UUID.fromString(text)));
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
