package io.plumbline.reporting;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ReportId(UUID value) implements Serializable {
    public ReportId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<ReportId> parse(String text) {
        try {
            return Optional.of(new ReportId(UUID.fromString(text)));
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
