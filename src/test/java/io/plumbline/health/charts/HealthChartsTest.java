package io.plumbline.health.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.shared.charts.ChartLegibility;
import io.plumbline.shared.charts.ChartStyle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HealthChartsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void everyFailureClassHasItsOwnColour() {
        Map<FailureClass, Long> oneOfEach = new EnumMap<>(FailureClass.class);
        for (FailureClass failureClass : FailureClass.values()) {
            oneOfEach.put(failureClass, 1L);
        }
        String svg = HealthCharts.failures(List.of(point(Instant.parse("2026-11-02T00:00:00Z"), oneOfEach)),
                Granularity.DAY, BERLIN);

        ChartLegibility.assertLegible(svg);
        for (var colour : List.of(ChartStyle.ORANGE, ChartStyle.SKY_BLUE, ChartStyle.VERMILLION, ChartStyle.BLUE,
                ChartStyle.BLUISH_GREEN, ChartStyle.REDDISH_PURPLE, ChartStyle.YELLOW, ChartStyle.BLACK,
                ChartStyle.GREY)) {
            assertThat(svg).as("timeout, throttled and the others apart").contains(fill(colour));
        }
    }

    @Test
    void aMonthOfDailyAvailabilityIsLegible() {
        List<HealthPoint> days = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            days.add(point(Instant.parse("2026-11-01T00:00:00Z").plus(Duration.ofDays(day)),
                    Map.of(FailureClass.TIMEOUT, (long) day % 3)));
        }

        ChartLegibility.assertLegible(HealthCharts.availability(days, BERLIN));
        ChartLegibility.assertLegible(HealthCharts.latency(days, BERLIN));
        ChartLegibility.assertLegible(HealthCharts.failures(days, Granularity.DAY, BERLIN));
    }

    private static HealthPoint point(Instant at, Map<FailureClass, Long> failures) {
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        return new HealthPoint(at, 1000, 1000 - failed, failures, OptionalLong.of(120), OptionalLong.of(340),
                OptionalLong.of(800));
    }

    private static String fill(java.awt.Color colour) {
        return "fill:rgb(%d,%d,%d)".formatted(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

}
