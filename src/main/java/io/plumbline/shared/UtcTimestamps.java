package io.plumbline.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way the app writes an instant for people when no time zone is chosen, e.g.
 * {@code 2026-03-01 14:05 UTC}: on screen ({@code Ui.format}) and in text services store,
 * such as timeline entries and error messages.
 */
public final class UtcTimestamps {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private UtcTimestamps() {
    }

    /** Empty for no instant. */
    public static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

}
