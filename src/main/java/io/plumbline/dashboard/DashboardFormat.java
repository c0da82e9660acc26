package io.plumbline.dashboard;

import io.plumbline.shared.format.Format;
import io.plumbline.retention.Amounts;
import io.plumbline.sla.Interval;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How dashboard figures read, on the dashboard and in the executive report alike: shares
 * as %, NPS signed, money with its currency code, "—" for no data.
 */
public final class DashboardFormat {

    public static final String NONE = Kpi.NONE;

    private DashboardFormat() {
    }

    /** A share (0–1) as a percentage with the decimals of its kind. */
    public static String percent(OptionalDouble share, Format.Precision precision) {
        return percent(Format.ENGLISH, share, precision);
    }

    /** {@link #percent(OptionalDouble, Format.Precision)} in a viewer's language. */
    public static String percent(Format.Localized format, OptionalDouble share, Format.Precision precision) {
        return format.percent(share, precision);
    }

    public static String number(OptionalDouble value, String pattern) {
        return number(Format.ENGLISH, value, pattern);
    }

    /**
     * {@link #number(OptionalDouble, String)} with the decimal separator of a viewer's
     * language.
     */
    public static String number(Format.Localized format, OptionalDouble value, String pattern) {
        return value.isPresent()
                ? String.format(format == Format.ENGLISH ? Locale.ROOT : format.locale(), pattern, value.getAsDouble())
                : NONE;
    }

    public static String nps(OptionalDouble nps) {
        return nps.isPresent() ? String.format(Locale.ROOT, "%+.0f", nps.getAsDouble()) : NONE;
    }

    /** "EUR 12,400.00 · USD 3,000.00": no exchange rates, so currencies stay apart. */
    public static String money(Amounts amounts) {
        return amounts.isEmpty() ? NONE : amounts.format();
    }

    public static String day(LocalDate day) {
        return day(Format.ENGLISH, day);
    }

    /** {@link #day(LocalDate)} in a viewer's language. */
    public static String day(Format.Localized format, LocalDate day) {
        return format.date(day);
    }

    /**
     * "1 Nov 2026 – 26 Nov 2026" (the interval's end is exclusive, so the last day shown
     * is the one before).
     */
    public static String interval(Interval interval) {
        return interval(Format.ENGLISH, interval);
    }

    /** {@link #interval(Interval)} in a viewer's language. */
    public static String interval(Format.Localized format, Interval interval) {
        return format.dates(LocalDate.ofInstant(interval.start(), ZoneOffset.UTC),
                LocalDate.ofInstant(interval.end().minusNanos(1), ZoneOffset.UTC));
    }

}
