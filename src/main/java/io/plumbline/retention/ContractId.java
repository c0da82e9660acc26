package io.plumbline.retention;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One term of a contract: a renewal starts a new term with a new id. */
public record ContractId(UUID value) implements Serializable {
    public ContractId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<ContractId> parse(String text) {
        try {
            return Optional.of(new ContractId(UUID.fromString(text)));
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
