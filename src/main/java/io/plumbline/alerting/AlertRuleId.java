package io.plumbline.alerting;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record AlertRuleId(UUID value) implements Serializable {
    public AlertRuleId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<AlertRuleId> parse(String text) {
        try {
            return Optional.of(new AlertRuleId(UUID.fromString(text)));
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
