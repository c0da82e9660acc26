package io.plumbline.dashboard.ui;

import io.plumbline.retention.Amounts;
import io.plumbline.sla.Interval;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How dashboard figures read: shares as %, NPS signed, money with its currency code, "—" for no data. */
final class DashboardFormat {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DashboardFormat() {
    }

    /** A share (0–1) as a percentage with the given decimals. */
    static String percent(OptionalDouble share, int decimals) {
        return share.isPresent() ? ("%." + decimals + "f %%").formatted(share.getAsDouble() * 100) : NONE;
    }

    static String number(OptionalDouble value, String pattern) {
        return value.isPresent() ? pattern.formatted(value.getAsDouble()) : NONE;
    }

    static String nps(OptionalDouble nps) {
        return nps.isPresent() ? "%+.0f".formatted(nps.getAsDouble()) : NONE;
    }

    /** "EUR 12,400 · USD 3,000": no exchange rates, so currencies stay apart. */
    static String money(Amounts amounts) {
        if (amounts.isEmpty()) {
            return NONE;
        }
        return amounts.byCurrency().entrySet().stream()
                .map(e -> "%s %,.0f".formatted(e.getKey().getCurrencyCode(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "1 Nov 2026 – 26 Nov 2026" (the interval's end is exclusive, so the last day shown is the one before). */
    static String interval(Interval interval) {
        return day(LocalDate.ofInstant(interval.start(), ZoneOffset.UTC)) + " – "
                + day(LocalDate.ofInstant(interval.end().minusNanos(1), ZoneOffset.UTC));
    }
}
