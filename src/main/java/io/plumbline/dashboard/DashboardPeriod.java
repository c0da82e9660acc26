package io.plumbline.dashboard;

import io.plumbline.sla.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The periods the dashboard offers, in UTC like the survey periods (a portfolio spans
 * time zones). A running period ends now; its previous period is the whole unit before it
 * (last month, last quarter, the 90 days before).
 */
public enum DashboardPeriod {

    THIS_MONTH("This month"), LAST_MONTH("Last month"), THIS_QUARTER("This quarter"), LAST_90_DAYS("Last 90 days");

    private final String label;

    DashboardPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The period as of {@code now}. */
    public Interval current(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate month = today.withDayOfMonth(1);
        return switch (this) {
            case THIS_MONTH -> new Interval(utc(month), now);
            case LAST_MONTH -> new Interval(utc(month.minusMonths(1)), utc(month));
            case THIS_QUARTER -> new Interval(utc(quarterStart(today)), now);
            case LAST_90_DAYS -> new Interval(now.minus(Duration.ofDays(90)), now);
        };
    }

    /** The period before {@link #current(Instant)}, ending where it starts. */
    public Interval previous(Instant now) {
        Instant start = current(now).start();
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        return switch (this) {
            case THIS_MONTH, LAST_MONTH -> new Interval(utc(first.minusMonths(1)), start);
            case THIS_QUARTER -> new Interval(utc(first.minusMonths(3)), start);
            case LAST_90_DAYS -> new Interval(start.minus(Duration.ofDays(90)), start);
        };
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static Instant utc(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

}
