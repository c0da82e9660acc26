package io.plumbline.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a client of an agency, the second tenancy boundary. */
public record ClientId(UUID value) implements Serializable {
    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    /** Parses an id typed into a URL; anything malformed is simply not a client. */
    public static Optional<ClientId> parse(String text) {
        try {
            return Optional.of(new ClientId(UUID.fromString(text)));
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
