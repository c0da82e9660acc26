package io.plumbline.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a maintenance window applies: once, or every week at a local time of the client.
 */
public sealed interface MaintenanceSchedule {

    /** Every occurrence that overlaps {@code window}, clipped to it. */
    List<Interval> occurrences(Interval window, ZoneId zone);

    String describe(ZoneId zone);

    record OneOff(Instant start, Instant end) implements MaintenanceSchedule {
        @Override
        public List<Interval> occurrences(Interval window, ZoneId zone) {
            return new Interval(start, end).intersect(window).map(List::of).orElse(List.of());
        }

        @Override
        public String describe(ZoneId zone) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
            return "%s – %s".formatted(format.format(start.atZone(zone)), format.format(end.atZone(zone)));
        }
    }

    /**
     * Weekly on {@code day} from {@code localStart} in the client's time zone for
     * {@code duration} (real elapsed time, so a window over a DST change still lasts as
     * long as it says).
     */
    record Weekly(DayOfWeek day, LocalTime localStart, Duration duration) implements MaintenanceSchedule {
        @Override
        public List<Interval> occurrences(Interval window, ZoneId zone) {
            List<Interval> found = new ArrayList<>();
            // Start a week early: an occurrence that began before the window may still
            // reach into it.
            LocalDate date = window.start().atZone(zone).toLocalDate().minusDays(7);
            LocalDate last = window.end().atZone(zone).toLocalDate();
            for (; !date.isAfter(last); date = date.plusDays(1)) {
                if (date.getDayOfWeek() == day) {
                    Instant start = date.atTime(localStart).atZone(zone).toInstant();
                    new Interval(start, start.plus(duration)).intersect(window).ifPresent(found::add);
                }
            }
            return found;
        }

        @Override
        public String describe(ZoneId zone) {
            return "Every %s %s–%s (%s)".formatted(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), localStart,
                    localStart.plus(duration), zone.getId());
        }
    }

}
