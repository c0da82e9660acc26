package io.plumbline.alerting;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ChannelId(UUID value) implements Serializable {
    public ChannelId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<ChannelId> parse(String text) {
        try {
            return Optional.of(new ChannelId(UUID.fromString(text)));
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
