package io.plumbline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.tenancy.ClientId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenanceAnnouncementTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    // Wednesday 9 Dec 2026, 12:00 UTC
    static final Instant NOW = Instant.parse("2026-12-09T12:00:00Z");

    static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    static MaintenanceWindow window(MaintenanceSchedule schedule, Instant announcedAt, Integer noticeDays) {
        return new MaintenanceWindow(new MaintenanceWindowId(UUID.randomUUID()), CLIENT, null, "Upgrade", schedule,
                announcedAt, noticeDays);
    }

    @Test
    void a_window_that_is_not_announced_is_never_shown() {
        MaintenanceWindow quiet = window(new MaintenanceSchedule.OneOff(NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))), null, null);

        assertThat(quiet.announcedOccurrences(NOW, BERLIN)).isEmpty();
    }

    @Test
    void a_one_off_window_shows_from_its_notice_period_before_it_starts() {
        Instant start = Instant.parse("2026-12-16T01:00:00Z");
        MaintenanceSchedule once = new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofHours(2)));
        Instant longAgo = NOW.minus(Duration.ofDays(20));

        assertThat(window(once, longAgo, 5).announcedOccurrences(NOW, BERLIN)).as("7 days ahead, 5 days notice")
            .isEmpty();
        List<AnnouncedMaintenance> shown = window(once, longAgo, 7).announcedOccurrences(NOW, BERLIN);
        assertThat(shown).singleElement().satisfies(m -> {
            assertThat(m.visibleFrom()).isEqualTo(start.minus(Duration.ofDays(7)));
            assertThat(m.when().end()).isEqualTo(start.plus(Duration.ofHours(2)));
            assertThat(m.describe(BERLIN)).isEqualTo("16 Dec 2026 02:00 – 04:00 Berlin (UTC+01:00)");
        });
        assertThat(window(once, NOW.minus(Duration.ofHours(1)), 14).announcedOccurrences(NOW, BERLIN))
            .as("announced after its notice period began: shown from the announcement")
            .singleElement()
            .extracting(AnnouncedMaintenance::visibleFrom)
            .isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void a_weekly_window_shows_the_coming_occurrences_within_the_notice_and_the_past_thirty_days() {
        MaintenanceSchedule sundays = new MaintenanceSchedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0),
                Duration.ofHours(2));
        Instant announced = Instant.parse("2026-11-01T00:00:00Z");

        List<AnnouncedMaintenance> week = window(sundays, announced, 7).announcedOccurrences(NOW, BERLIN);
        List<AnnouncedMaintenance> month = window(sundays, announced, 30).announcedOccurrences(NOW, BERLIN);

        assertThat(week.stream().filter(m -> !m.over(NOW)).map(m -> m.when().start()))
            .containsExactly(Instant.parse("2026-12-13T01:00:00Z"));
        assertThat(week.stream().filter(m -> m.over(NOW)).map(m -> m.when().start())).as("Sundays since 9 Nov")
            .containsExactly(Instant.parse("2026-11-15T01:00:00Z"), Instant.parse("2026-11-22T01:00:00Z"),
                    Instant.parse("2026-11-29T01:00:00Z"), Instant.parse("2026-12-06T01:00:00Z"));
        assertThat(month.stream().filter(m -> !m.over(NOW))).as("at most four coming occurrences")
            .hasSize(MaintenanceWindow.NEXT_OCCURRENCES)
            .allSatisfy(m -> assertThat(m.recurring()).isTrue());
    }

    @Test
    void a_weekly_window_keeps_its_local_time_over_a_daylight_saving_change() {
        MaintenanceSchedule sundays = new MaintenanceSchedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                Duration.ofHours(1));
        Instant now = Instant.parse("2027-03-24T12:00:00Z");

        List<AnnouncedMaintenance> shown = window(sundays, now.minus(Duration.ofDays(60)), 14)
            .announcedOccurrences(now, BERLIN)
            .stream()
            .filter(m -> !m.over(now))
            .toList();

        // 28 Mar 2027 02:30 does not exist in Berlin (clocks jump to 03:30 CEST), 4 Apr
        // is 02:30 CEST
        assertThat(shown).extracting(m -> m.when().start())
            .containsExactly(Instant.parse("2027-03-28T01:30:00Z"), Instant.parse("2027-04-04T00:30:00Z"));
    }

}
