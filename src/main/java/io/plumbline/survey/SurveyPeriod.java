package io.plumbline.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar month or quarter in UTC, e.g. November 2026 or Q4 2026 (docs/surveys.md
 * explains why UTC).
 */
public record SurveyPeriod(PeriodKind kind, LocalDate start) implements Comparable<SurveyPeriod> {

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public SurveyPeriod {
        Objects.requireNonNull(kind, "kind");
        start = kind == PeriodKind.MONTH ? start.withDayOfMonth(1)
                : LocalDate.of(start.getYear(), (start.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }

    public static SurveyPeriod containing(PeriodKind kind, Instant instant) {
        return new SurveyPeriod(kind, LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public LocalDate endExclusive() {
        return start.plusMonths(kind == PeriodKind.MONTH ? 1 : 3);
    }

    public Instant from() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant until() {
        return endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from()) && instant.isBefore(until());
    }

    public SurveyPeriod previous() {
        return new SurveyPeriod(kind, start.minusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    /** A stable key: {@code 2026-11} or {@code 2026-Q4}. */
    public String key() {
        return kind == PeriodKind.MONTH ? "%d-%02d".formatted(start.getYear(), start.getMonthValue())
                : "%d-Q%d".formatted(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
    }

    public String label() {
        return kind == PeriodKind.MONTH ? MONTH_LABEL.format(start)
                : "Q%d %d".formatted(start.get(IsoFields.QUARTER_OF_YEAR), start.getYear());
    }

    @Override
    public int compareTo(SurveyPeriod other) {
        return start.compareTo(other.start);
    }
}
