package io.plumbline.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentStatsTest {

    private static final Instant T = Instant.parse("2026-10-01T10:00:00Z");

    @Test
    void mean_and_median_of_time_to_detect_count_every_incident_and_time_to_resolve_only_resolved_ones() {
        // Detect: 10, 20, 30, 60 min → mean 30, median (20 + 30) / 2 = 25. Resolve: 2 h,
        // 5 h, 11 h → mean 6 h, median 5 h.
        IncidentStats stats = IncidentStats
            .of(List.of(incident(10, 120), incident(20, 300), incident(30, 660), incident(60, null)));

        assertThat(stats.incidents()).isEqualTo(4);
        assertThat(stats.resolved()).isEqualTo(3);
        assertThat(stats.meanTimeToDetect()).contains(Duration.ofMinutes(30));
        assertThat(stats.medianTimeToDetect()).contains(Duration.ofMinutes(25));
        assertThat(stats.meanTimeToResolve()).contains(Duration.ofHours(6));
        assertThat(stats.medianTimeToResolve()).contains(Duration.ofHours(5));
    }

    @Test
    void no_incidents_give_no_figures_rather_than_zero() {
        IncidentStats stats = IncidentStats.of(List.of(incident(5, null)));

        assertThat(stats.meanTimeToResolve()).isEmpty();
        assertThat(stats.medianTimeToDetect()).contains(Duration.ofMinutes(5));
        assertThat(IncidentStats.of(List.of()).meanTimeToDetect()).isEmpty();
    }

    static IncidentDetails incident(int openedAfterMinutes, Integer resolvedAfterMinutes) {
        return new IncidentDetails(new IncidentId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), "t",
                IncidentSeverity.MAJOR, resolvedAfterMinutes == null ? IncidentState.OPEN : IncidentState.RESOLVED,
                List.of(), resolvedAfterMinutes == null ? null : RootCause.OTHER, T,
                T.plus(Duration.ofMinutes(openedAfterMinutes)), null, null,
                Optional.ofNullable(resolvedAfterMinutes).map(m -> T.plus(Duration.ofMinutes(m))).orElse(null), "x",
                null, null, null);
    }

}
