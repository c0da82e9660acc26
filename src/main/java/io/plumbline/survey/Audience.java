package io.plumbline.survey;

import java.util.Locale;
import java.util.Optional;

/**
 * Who answered: the client's people, or the agency's own staff rating what they see of a
 * client.
 */
public enum Audience {

    CLIENT("Client"), INTERNAL("Internal staff");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Words survey tools and spreadsheets use for the audience; empty when the word means
     * neither.
     */
    public static Optional<Audience> parse(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "client", "customer", "external" -> Optional.of(CLIENT);
            case "internal", "staff", "employee", "team" -> Optional.of(INTERNAL);
            default -> Optional.empty();
        };
    }

}
