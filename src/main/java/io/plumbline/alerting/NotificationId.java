package io.plumbline.alerting;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record NotificationId(UUID value) implements Serializable {
    public NotificationId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<NotificationId> parse(String text) {
        try {
            return Optional.of(new NotificationId(UUID.fromString(text)));
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
