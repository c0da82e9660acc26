package io.plumbline.consent.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises values that are plainly personal data, so that the API can refuse them
 * before anything is stored: e-mail addresses and phone numbers as people write them (+44
 * 20 7946 0958, (555) 123-4567, 555-123-4567). A bare run of digits passes: CRM record
 * ids are numeric. Opaque ids and hashes pass.
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()./-]+");

    /** 555-123-4567, 555.123.4567: digit groups joined by one kind of separator. */
    private static final Pattern GROUPED = Pattern.compile("\\d{2,4}([-.])\\d{2,4}(\\1\\d{2,4}){1,3}");

    private PersonalData() {
    }

    /** Why this value looks like personal data; empty if it does not. */
    public static Optional<String> problem(String value) {
        String text = value.strip();
        if (EMAIL.matcher(text).find()) {
            return Optional
                .of("looks like an e-mail address; send an opaque id or a hash (e.g. SHA-256), never the address");
        }
        long digits = text.chars().filter(Character::isDigit).count();
        boolean phoneLike = PHONE_CHARACTERS.matcher(text).matches() && digits >= 7 && digits <= 15
                && (text.indexOf('+') >= 0 || text.indexOf('(') >= 0 || text.indexOf(' ') >= 0
                        || GROUPED.matcher(text).matches());
        if (phoneLike) {
            return Optional
                .of("looks like a phone number; send an opaque id or a hash (e.g. SHA-256), never the number");
        }
        return Optional.empty();
    }

}
