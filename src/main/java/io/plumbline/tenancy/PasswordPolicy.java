package io.plumbline.tenancy;

import io.plumbline.shared.InvalidInputException;
import java.util.Locale;

/**
 * Length over composition rules (NIST SP 800-63B): at least 12 characters, not the e-mail
 * address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("newPassword", "Use at least %d characters.".formatted(MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("newPassword", "Use at most %d characters.".formatted(MAX_LENGTH));
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            throw new InvalidInputException("newPassword", "Do not use your e-mail name in the password.");
        }
    }

}
