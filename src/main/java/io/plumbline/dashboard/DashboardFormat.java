package io.plumbline.dashboard;

import io.plumbline.retention.Amounts;
import io.plumbline.sla.Interval;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How dashboard figures read, on the dashboard and in the executive report alike: shares
 * as %, NPS signed, money with its currency code, "—" for no data.
 */
public final class DashboardFormat {

    public static final String NONE = Kpi.NONE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DashboardFormat() {
    }

    /** A share (0–1) as a percentage with the given decimals. */
    public static String percent(OptionalDouble share, int decimals) {
        return share.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f %%", share.getAsDouble() * 100)
                : NONE;
    }

    public static String number(OptionalDouble value, String pattern) {
        return value.isPresent() ? String.format(Locale.ROOT, pattern, value.getAsDouble()) : NONE;
    }

    public static String nps(OptionalDouble nps) {
        return nps.isPresent() ? String.format(Locale.ROOT, "%+.0f", nps.getAsDouble()) : NONE;
    }

    /** "EUR 12,400 · USD 3,000": no exchange rates, so currencies stay apart. */
    public static String money(Amounts amounts) {
        return amounts.isEmpty() ? NONE : amounts.format(0);
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * "1 Nov 2026 – 26 Nov 2026" (the interval's end is exclusive, so the last day shown
     * is the one before).
     */
    public static String interval(Interval interval) {
        return day(LocalDate.ofInstant(interval.start(), ZoneOffset.UTC)) + " – "
                + day(LocalDate.ofInstant(interval.end().minusNanos(1), ZoneOffset.UTC));
    }

}
