package io.plumbline.monitoring.internal;

import java.time.Duration;
import java.util.Locale;

/** Wording shared by the messages a check result carries. */
final class Phrases {

    private Phrases() {
    }

    /** "1,234 ms". */
    static String millis(Duration duration) {
        return String.format(Locale.ENGLISH, "%,d ms", duration.toMillis());
    }

    /**
     * Ends a sentence built around someone else's message, which may or may not end in
     * punctuation.
     */
    static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

}
