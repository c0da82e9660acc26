package io.plumbline.sla;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record MaintenanceWindowId(UUID value) implements Serializable {
    public MaintenanceWindowId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<MaintenanceWindowId> parse(String text) {
        try {
            return Optional.of(new MaintenanceWindowId(UUID.fromString(text)));
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
