package io.plumbline.alerting;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record AlertId(UUID value) implements Serializable {
    public AlertId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<AlertId> parse(String text) {
        try {
            return Optional.of(new AlertId(UUID.fromString(text)));
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
