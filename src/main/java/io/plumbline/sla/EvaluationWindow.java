package io.plumbline.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The window an SLA is judged over. Calendar months begin and end at local midnight of
 * the client.
 */
public enum EvaluationWindow {

    CALENDAR_MONTH("Calendar month"), ROLLING_7_DAYS("Rolling 7 days"), ROLLING_30_DAYS("Rolling 30 days");

    private final String label;

    EvaluationWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The current window at {@code now}: the month containing it, or the days up to it.
     */
    public Interval current(Instant now, ZoneId zone) {
        return switch (this) {
            case CALENDAR_MONTH -> month(YearMonth.from(now.atZone(zone)), zone);
            case ROLLING_7_DAYS -> new Interval(now.minus(Duration.ofDays(7)), now);
            case ROLLING_30_DAYS -> new Interval(now.minus(Duration.ofDays(30)), now);
        };
    }

    /**
     * From local midnight of the first to local midnight of the next month: 743 h in a
     * spring-forward month.
     */
    public static Interval month(YearMonth month, ZoneId zone) {
        return new Interval(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

}
