package io.plumbline.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an agency or a client presents itself: name, primary colour and an optional logo.
 */
public record Branding(String displayName, String primaryColour, Logo logo) {

    public static final String DEFAULT_COLOUR = "#1f5fbf";

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Optional<Logo> logoIfAny() {
        return Optional.ofNullable(logo);
    }

    public static boolean isColour(String value) {
        return value != null && HEX_COLOUR.matcher(value).matches();
    }
}
