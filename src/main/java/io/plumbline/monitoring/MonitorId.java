package io.plumbline.monitoring;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record MonitorId(UUID value) implements Serializable {
    public MonitorId {
        Objects.requireNonNull(value, "monitor id");
    }

    public static Optional<MonitorId> parse(String text) {
        try {
            return Optional.of(new MonitorId(UUID.fromString(text)));
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
