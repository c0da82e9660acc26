package io.plumbline.ingestion;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record ApiKeyId(UUID value) implements Serializable {
    public ApiKeyId {
        Objects.requireNonNull(value, "api key id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
