package io.plumbline.changelog;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ChangeEntryId(UUID value) implements Serializable {
    public ChangeEntryId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<ChangeEntryId> parse(String text) {
        try {
            return Optional.of(new ChangeEntryId(UUID.fromString(text)));
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
