package io.plumbline.insight;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.sla.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The whole UTC days [from, to] the insight page reads, ending yesterday at the latest: a
 * finished stretch is judged as finished (no SLA forecast), and every client is cut at
 * the same instant whatever its time zone (docs/insight.md).
 */
public record InsightPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** Longest custom period: two years, what the hour and day rollups keep. */
    public static final int MAX_DAYS = 731;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public enum Kind {

        LAST_MONTH("Last month", 1), LAST_QUARTER("Last quarter", 3), LAST_SIX_MONTHS("Last 6 months", 6),
        CUSTOM("Custom", 0);

        private final String label;

        private final int months;

        Kind(String label, int months) {
            this.label = label;
            this.months = months;
        }

        public String label() {
            return label;
        }

    }

    /**
     * The month, quarter or half-year of days before {@code today} (UTC), e.g. 26 Aug –
     * 25 Nov for a quarter.
     */
    public static InsightPeriod last(Kind kind, LocalDate today) {
        if (kind == Kind.CUSTOM) {
            throw new IllegalArgumentException("a custom period names its days");
        }
        return new InsightPeriod(kind, today.minusMonths(kind.months), today.minusDays(1));
    }

    /**
     * Days chosen by hand, checked: both set, in order, finished before {@code today}, at
     * most {@value #MAX_DAYS}.
     */
    public static InsightPeriod custom(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null) {
            throw new InvalidInputException("from", "Choose the first day.");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Choose the last day.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The last day must not be before the first day.");
        }
        if (!to.isBefore(today)) {
            throw new InvalidInputException("to", "The last day must be yesterday or earlier: today is not over yet.");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw new InvalidInputException("from", "A period may span at most %d days.".formatted(MAX_DAYS));
        }
        return new InsightPeriod(Kind.CUSTOM, from, to);
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after the last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Interval interval() {
        return new Interval(start(), end());
    }

    public String label() {
        return "%s – %s (UTC)".formatted(DAY.format(from), DAY.format(to));
    }
}
