package io.plumbline.sla;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record SlaId(UUID value) implements Serializable {
    public SlaId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<SlaId> parse(String text) {
        try {
            return Optional.of(new SlaId(UUID.fromString(text)));
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
