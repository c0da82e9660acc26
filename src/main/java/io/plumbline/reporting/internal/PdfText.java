package io.plumbline.reporting.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Pattern NUMBER = Pattern
        .compile("([A-Z]{3} )?[-+]?[0-9][0-9,.]*( ?%| ms| h| min| d|×| pts)?( / [0-9]+)?|—|none due");

    private PdfText() {
    }

    /** A share 0..1 as "99.87 %"; "—" without data. */
    public static String percent(OptionalDouble share) {
        return share.isPresent() ? percent(share.getAsDouble()) : "—";
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    public static String millis(OptionalLong ms) {
        return ms.isPresent() ? String.format(Locale.ROOT, "%,d ms", ms.getAsLong()) : "—";
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "45 min", "3.5 h", "2.1 d". */
    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 90) {
            return minutes + " min";
        }
        double hours = duration.toSeconds() / 3600.0;
        return hours < 48 ? String.format(Locale.ROOT, "%.1f h", hours)
                : String.format(Locale.ROOT, "%.1f d", hours / 24);
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The days a period covers, its last day inclusive: "1 Oct 2026 – 31 Oct 2026". */
    public static String days(LocalDate start, LocalDate endExclusive) {
        return day(start) + " – " + day(endExclusive.minusDays(1));
    }

    /** The zone's id, "UTC" for the offset zero (whose id is "Z"). */
    public static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
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
