package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time excluded from every SLA of the client (or, with {@code integration}, from that
 * integration's share of them): checks and calls inside it count in neither good nor bad.
 *
 * @param announcedAt when the agency announced it to the client; null while it is not
 * @param noticeDays how many days before each occurrence the client sees it
 */
public record MaintenanceWindow(MaintenanceWindowId id, ClientId client, IntegrationId integration, String name,
        MaintenanceSchedule schedule, Instant announcedAt, Integer noticeDays) {

    /** How far back the client sees announced windows that are over. */
    public static final Duration PAST_SHOWN = Duration.ofDays(30);

    /** At most this many coming occurrences of a weekly window are shown. */
    public static final int NEXT_OCCURRENCES = 4;

    public MaintenanceWindow(MaintenanceWindowId id, ClientId client, IntegrationId integration, String name,
            MaintenanceSchedule schedule) {
        this(id, client, integration, name, schedule, null, null);
    }

    public boolean clientWide() {
        return integration == null;
    }

    public boolean announced() {
        return announcedAt != null;
    }

    /**
     * The occurrences the client sees at {@code now}: each from {@code noticeDays} before
     * it starts (or from the announcement, if that came later), those that ended within
     * {@link #PAST_SHOWN} and the coming ones (for a weekly window at most
     * {@link #NEXT_OCCURRENCES}). Nothing while not announced.
     */
    public List<AnnouncedMaintenance> announcedOccurrences(Instant now, ZoneId zone) {
        if (!announced()) {
            return List.of();
        }
        Duration notice = Duration.ofDays(noticeDays);
        Interval span = new Interval(now.minus(PAST_SHOWN), now.plus(notice).plusSeconds(1));
        List<Interval> found = switch (schedule) {
            // a one-off window is looked at whole (not clipped to the span)
            case MaintenanceSchedule.OneOff once -> span.intersect(new Interval(once.start(), once.end()))
                .map(x -> List.of(new Interval(once.start(), once.end())))
                .orElse(List.of());
            case MaintenanceSchedule.Weekly weekly -> unclipped(weekly, span, zone);
        };
        List<AnnouncedMaintenance> shown = new ArrayList<>();
        int coming = 0;
        for (Interval occurrence : found.stream().sorted(Comparator.comparing(Interval::start)).toList()) {
            Instant visibleFrom = occurrence.start().minus(notice);
            if (visibleFrom.isBefore(announcedAt)) {
                visibleFrom = announcedAt;
            }
            boolean over = !occurrence.end().isAfter(now);
            if (visibleFrom.isAfter(now) || !visibleFrom.isBefore(occurrence.end())) {
                continue;
            }
            if (!over && ++coming > (schedule instanceof MaintenanceSchedule.Weekly ? NEXT_OCCURRENCES : 1)) {
                continue;
            }
            shown.add(new AnnouncedMaintenance(id, client, integration, name, occurrence, visibleFrom,
                    schedule instanceof MaintenanceSchedule.Weekly));
        }
        return shown;
    }

    private static List<Interval> unclipped(MaintenanceSchedule.Weekly weekly, Interval span, ZoneId zone) {
        // occurrences() clips to the window it is given; widen the window by a day and
        // rebuild each occurrence whole from its start
        Interval wide = new Interval(span.start().minus(Duration.ofDays(1)), span.end());
        return weekly.occurrences(wide, zone)
            .stream()
            .filter(clipped -> !clipped.start().equals(wide.start()))
            .map(clipped -> new Interval(clipped.start(), clipped.start().plus(weekly.duration())))
            .filter(whole -> whole.intersect(span).isPresent())
            .toList();
    }

}
