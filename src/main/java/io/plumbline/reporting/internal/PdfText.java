package io.plumbline.reporting.internal;

import io.plumbline.shared.format.Format;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How report figures are written. Public so tests format the services' numbers the same
 * way before looking for them in the extracted text. The standard PDF fonts speak WinAnsi
 * only: a few characters are spelled out.
 */
public final class PdfText {

    private static final Pattern NUMBER = Pattern
        .compile("([A-Z]{3} )?[-+]?[0-9][0-9,.]*( ?%| ms| h| min| d|×| pts)?( / [0-9]+)?|—|none due");

    private PdfText() {
    }

    /**
     * A share 0..1 of good events or records as availability reads everywhere: "99.87 %".
     */
    public static String percent(OptionalDouble share) {
        return Format.percent(share, Format.Precision.AVAILABILITY);
    }

    public static String percent(double share) {
        return Format.percent(share, Format.Precision.AVAILABILITY);
    }

    /** A share 0..1 of records with consent: "97.0 %". */
    public static String coverage(OptionalDouble share) {
        return Format.percent(share, Format.Precision.COVERAGE);
    }

    public static String millis(OptionalLong ms) {
        return ms.isPresent() ? String.format(Locale.ROOT, "%,d ms", ms.getAsLong()) : "—";
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "45 min", "3 h 30 min", "2 d 3 h" ({@link Format#duration}). */
    public static String duration(Duration duration) {
        return Format.duration(duration);
    }

    public static String day(LocalDate day) {
        return Format.date(day);
    }

    /** The days a period covers, its last day inclusive: "1 Oct 2026 – 31 Oct 2026". */
    public static String days(LocalDate start, LocalDate endExclusive) {
        return day(start) + " – " + day(endExclusive.minusDays(1));
    }

    /** "Berlin (UTC+01:00)" at {@code at}, never a zone id ({@link Format#zone}). */
    public static String zone(java.time.ZoneId zone, java.time.Instant at) {
        return Format.zone(zone, at);
    }

    static boolean numeric(String value) {
        return NUMBER.matcher(value).matches();
    }

    /**
     * Text the standard fonts can show: arrows and other signs outside WinAnsi spelled
     * out.
     */
    static String safe(String text) {
        return text == null ? ""
                : text.replace("→", "->")
                    .replace("≥", ">=")
                    .replace("≤", "<=")
                    .replace("−", "-")
                    .replace("✓", "")
                    .replace("\u00A0", " ")
                    .replace("ρ", "rho")
                    .replace("↔", "<->")
                    .replace("Σ", "sum of");
    }

}
