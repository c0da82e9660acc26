package io.plumbline.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How figures read, in views, CSV exports and PDFs alike, so one fact never shows as two
 * numbers: "95.31 %", "2 d 23 h", "EUR 12,200.00", "7 Dec 2026 14:05", "Berlin
 * (UTC+01:00)"; {@link #NONE} where there is no figure. The client's time zone is written
 * as a city and its offset, never as a zone id.
 * <p>
 * The static methods write English: PDFs, mails, CSV exports and stored text (no client
 * or agency setting chooses a language yet). A screen writes in its viewer's language
 * with {@link #forLocale(Locale)}: the same rules (decimals, rounding, units), only the
 * separators and month names of that locale ("95,31 %", "7 Dez. 2026" for German).
 */
public final class Format {

    /** Written where a figure has no data. */
    public static final String NONE = "—";

    /** The formatter of PDFs, mails, CSV exports and stored text. */
    public static final Localized ENGLISH = new Localized(Locale.ENGLISH);

    /** Fixed decimals per kind of percentage, so a figure reads alike everywhere. */
    public enum Precision {

        /**
         * Availability and error rates: two decimals, cut rather than rounded up, so a
         * figure below its objective never reads as reaching it (99.949 % is "99.94 %").
         */
        AVAILABILITY(2, RoundingMode.DOWN),
        /**
         * Consent coverage and similar shares of records, and retention rates (logo
         * churn, gross and net revenue retention): one decimal.
         */
        COVERAGE(1, RoundingMode.HALF_UP),
        /** Shares of a handful of things (SLAs met, CSAT): whole percent. */
        WHOLE(0, RoundingMode.HALF_UP);

        private final int decimals;

        private final RoundingMode rounding;

        Precision(int decimals, RoundingMode rounding) {
            this.decimals = decimals;
            this.rounding = rounding;
        }

        public int decimals() {
            return decimals;
        }

    }

    private Format() {
    }

    /**
     * The formatter for a viewer's locale; English without one. The same methods as the
     * static ones of {@link Format}.
     */
    public static Localized forLocale(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty()
                || locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? ENGLISH : new Localized(locale);
    }

    /** A share (0–1) as "95.31 %"; {@link #NONE} without data. */
    public static String percent(OptionalDouble share, Precision precision) {
        return ENGLISH.percent(share, precision);
    }

    public static String percent(double share, Precision precision) {
        return ENGLISH.percent(share, precision);
    }

    /**
     * A figure already in percent (98.5 for 98.5 %), as
     * {@link #percent(double, Precision)} writes the same share.
     */
    public static String percentage(BigDecimal percent, Precision precision) {
        return ENGLISH.percentage(percent, precision);
    }

    /**
     * A percentage the user typed or an objective (99, 99.5, 97.25) as written, without
     * trailing zeros: "99 %".
     */
    public static String objective(double percent) {
        return ENGLISH.objective(percent);
    }

    /** A change of a share in percentage points, unsigned: "1.25 pts". */
    public static String points(double shareChange, Precision precision) {
        return ENGLISH.points(shareChange, precision);
    }

    /**
     * "2 d 23 h" from a day on, "1 h 20 min" from an hour, "45 min", "30 s"; a part that
     * is zero is left out ("2 d", "2 h").
     */
    public static String duration(Duration duration) {
        return ENGLISH.duration(duration);
    }

    /** A duration given in hours (a median of durations), as {@link #duration}. */
    public static String hours(double hours) {
        return ENGLISH.hours(hours);
    }

    /**
     * "EUR 12,200.00": the currency's code and its own number of decimals (none for JPY).
     */
    public static String money(Currency currency, BigDecimal amount) {
        return ENGLISH.money(currency, amount);
    }

    /** "7 Dec 2026". */
    public static String date(LocalDate date) {
        return ENGLISH.date(date);
    }

    /** "Dec 2026". */
    public static String month(YearMonth month) {
        return ENGLISH.month(month);
    }

    /** "7 Dec 2026 – 31 Dec 2026", both days included. */
    public static String dates(LocalDate first, LocalDate last) {
        return ENGLISH.dates(first, last);
    }

    /** "7 Dec 2026 14:05" in the given zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return ENGLISH.dateTime(instant, zone);
    }

    /** "14:05" in the given zone. */
    public static String time(Instant instant, ZoneId zone) {
        return ENGLISH.time(instant, zone);
    }

    /** "7 Dec 2026 14:05 UTC": agency-side timestamps, which belong to no client. */
    public static String utc(Instant instant) {
        return ENGLISH.utc(instant);
    }

    /**
     * A time zone as people name it: "Berlin (UTC+01:00)", "New York (UTC-05:00)", with
     * the offset in force at {@code at}; "UTC" for UTC.
     */
    public static String zone(ZoneId zone, Instant at) {
        return ENGLISH.zone(zone, at);
    }

    /**
     * The one implementation of every rule above, in one locale: its decimal and grouping
     * separators and its month names; decimals, rounding, units and the order of the
     * parts are the same in every locale.
     */
    public static final class Localized {

        private final Locale locale;

        private final DateTimeFormatter date;

        private final DateTimeFormatter dateTime;

        private final DateTimeFormatter month;

        private final DateTimeFormatter time;

        private Localized(Locale locale) {
            this.locale = locale;
            this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
            this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
            this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
            this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        }

        public Locale locale() {
            return locale;
        }

        public String percent(OptionalDouble share, Precision precision) {
            return share.isPresent() ? percent(share.getAsDouble(), precision) : NONE;
        }

        public String percent(double share, Precision precision) {
            return number(hundredths(share).setScale(precision.decimals, precision.rounding)) + " %";
        }

        public String percentage(BigDecimal percent, Precision precision) {
            return number(percent.setScale(precision.decimals, precision.rounding)) + " %";
        }

        public String objective(double percent) {
            BigDecimal written = BigDecimal.valueOf(percent).stripTrailingZeros();
            return number(written.scale() < 0 ? written.setScale(0) : written) + " %";
        }

        public String points(double shareChange, Precision precision) {
            return number(hundredths(Math.abs(shareChange)).setScale(precision.decimals, precision.rounding)) + " pts";
        }

        public String duration(Duration duration) {
            long minutes = duration.toMinutes();
            if (minutes < 1) {
                return duration.toSeconds() + " s";
            }
            if (minutes < 60) {
                return minutes + " min";
            }
            if (minutes < 24 * 60) {
                return minutes % 60 == 0 ? minutes / 60 + " h" : "%d h %d min".formatted(minutes / 60, minutes % 60);
            }
            long hours = duration.toHours();
            return hours % 24 == 0 ? hours / 24 + " d" : "%d d %d h".formatted(hours / 24, hours % 24);
        }

        public String hours(double hours) {
            return duration(Duration.ofSeconds(Math.round(Math.abs(hours) * 3600)));
        }

        public String money(Currency currency, BigDecimal amount) {
            return currency.getCurrencyCode() + " "
                    + number(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP));
        }

        public String date(LocalDate day) {
            return day == null ? NONE : date.format(day);
        }

        public String month(YearMonth yearMonth) {
            return month.format(yearMonth);
        }

        public String dates(LocalDate first, LocalDate last) {
            return date(first) + " – " + date(last);
        }

        public String dateTime(Instant instant, ZoneId zone) {
            return instant == null ? NONE : dateTime.format(instant.atZone(zone));
        }

        public String time(Instant instant, ZoneId zone) {
            return time.format(instant.atZone(zone));
        }

        public String utc(Instant instant) {
            return instant == null ? "" : dateTime(instant, ZoneOffset.UTC) + " UTC";
        }

        public String zone(ZoneId zone, Instant at) {
            ZoneOffset offset = zone.getRules().getOffset(at);
            String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
            String id = zone.getId();
            if (id.equals("UTC") || id.equals("Z") || id.equals("Etc/UTC") || id.equals("GMT")) {
                return "UTC";
            }
            int slash = id.lastIndexOf('/');
            String city = slash < 0 ? zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    : id.substring(slash + 1).replace('_', ' ');
            return "%s (%s)".formatted(city, utc);
        }

        /**
         * A count with grouped thousands: "1,234,567" ("1.234.567" in German).
         */
        public String count(long n) {
            return String.format(locale, "%,d", n);
        }

        /** "1,234,567" / "1,234.5": grouped thousands, the decimals the value carries. */
        private String number(BigDecimal value) {
            return String.format(locale, "%,." + Math.max(value.scale(), 0) + "f", value);
        }

        /**
         * A share times 100, with the binary noise of doubles rounded away first (0.57 ×
         * 100 is 56.99999999999999), so cutting decimals cuts only real ones.
         */
        private static BigDecimal hundredths(double share) {
            return BigDecimal.valueOf(share).movePointRight(2).setScale(9, RoundingMode.HALF_UP);
        }

    }

}
