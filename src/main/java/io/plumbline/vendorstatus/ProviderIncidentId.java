package io.plumbline.vendorstatus;

import java.util.Optional;
import java.util.UUID;

/** Our id of a stored provider incident (not the provider's own id). */
public record ProviderIncidentId(UUID value) {

    public static Optional<ProviderIncidentId> parse(String text) {
        try {
            return Optional.of(new ProviderIncidentId(UUID.fromString(text)));
        }
        catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }

}
