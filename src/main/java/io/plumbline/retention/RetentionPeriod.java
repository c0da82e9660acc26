package io.plumbline.retention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar month, quarter or year, from its first day to the day before {@link #end()}.
 */
public record RetentionPeriod(PeriodKind kind, LocalDate start) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public RetentionPeriod {
        Objects.requireNonNull(kind, "kind");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % kind.months() != 0) {
            throw new IllegalArgumentException("A %s starts on its first day".formatted(kind.label().toLowerCase()));
        }
    }

    /** The period of this kind that contains the day. */
    public static RetentionPeriod containing(PeriodKind kind, LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        return new RetentionPeriod(kind, LocalDate.of(day.getYear(), firstMonth, 1));
    }

    /** The day after the last day (exclusive end). */
    public LocalDate end() {
        return start.plusMonths(kind.months());
    }

    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    public RetentionPeriod previous() {
        return new RetentionPeriod(kind, start.minusMonths(kind.months()));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    public String label() {
        return switch (kind) {
            case MONTH -> MONTH.format(start);
            case QUARTER -> "Q%d %d".formatted((start.getMonthValue() - 1) / 3 + 1, start.getYear());
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
