package io.plumbline.sla;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record CampaignWindowId(UUID value) implements Serializable {
    public CampaignWindowId {
        Objects.requireNonNull(value, "id");
    }

    public static Optional<CampaignWindowId> parse(String text) {
        try {
            return Optional.of(new CampaignWindowId(UUID.fromString(text)));
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
