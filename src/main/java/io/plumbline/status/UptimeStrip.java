package io.plumbline.status;

import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.UptimeDay;
import io.plumbline.sla.UptimeHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of a status page: a name, one bar per local day (oldest first) and the
 * headline, ready to draw. {@code headline} is the SLA math's availability over the same
 * days ({@link UptimeHistory#availability()}), written by {@link Format}; {@code window}
 * says which days and in which zone.
 */
public record UptimeStrip(String name, IntegrationId integration, List<Bar> bars, OptionalDouble availability,
        String headline, String window, double targetPercent, boolean targetFromSla) {

    /**
     * Days are judged against this availability when no SLA covers the integration (say
     * so beside the strip).
     */
    public static final double DEFAULT_TARGET_PERCENT = 99.9;

    /**
     * A day is "far below" when its failure share is more than this many times the share
     * the objective allows (99.9 % → below 99 %).
     */
    public static final double FAR_BELOW_FACTOR = 10;

    /** How a day compares with the objective. */
    public enum Tone {

        MET("Met the objective", "ok"), BELOW("Below the objective", "warn"),
        FAR_BELOW("Far below the objective", "bad"), NO_DATA("No data", "none");

        private final String label;

        private final String css;

        Tone(String label, String css) {
            this.label = label;
            this.css = css;
        }

        public String label() {
            return label;
        }

        public String css() {
            return css;
        }

    }

    /**
     * One day: its tone, whether maintenance touched it, and the text shown on hover and
     * focus ("7 Dec 2026: 99.93 % available, 1,204 calls and checks, 1 incident").
     */
    public record Bar(LocalDate date, Tone tone, boolean maintenance, OptionalDouble availability, long calls,
            int incidents, String text) {
    }

    public static UptimeStrip of(String name, UptimeHistory history, List<PublishedIncident> incidents) {
        boolean fromSla = history.objective() != null;
        double target = fromSla ? history.objective().objectives().availabilityPercent() : DEFAULT_TARGET_PERCENT;
        ZoneId zone = history.zone();
        List<Bar> bars = history.days().stream().map(day -> bar(day, target, zone, history, incidents)).toList();
        LocalDate first = history.days().getFirst().date();
        LocalDate last = history.days().getLast().date();
        String headline = history.availability().isPresent()
                ? Format.percent(history.availability(), Format.Precision.AVAILABILITY) + " uptime over the last "
                        + history.days().size() + " days"
                : "No data in the last " + history.days().size() + " days";
        String window = Format.dates(first, last) + " (today so far), " + Format.zone(zone, history.asOf())
                + "; maintenance excluded";
        return new UptimeStrip(name, history.integration(), bars, history.availability(), headline, window, target,
                fromSla);
    }

    private static Bar bar(UptimeDay day, double target, ZoneId zone, UptimeHistory history,
            List<PublishedIncident> incidents) {
        Instant start = day.date().atStartOfDay(zone).toInstant();
        Instant end = day.date().plusDays(1).atStartOfDay(zone).toInstant();
        int count = (int) incidents.stream()
            .filter(i -> history.integration() == null || i.integrations().contains(history.integration()))
            .filter(i -> i.detectedAt().isBefore(end) && (i.resolvedAt() == null || i.resolvedAt().isAfter(start)))
            .count();
        Tone tone = tone(day.availability(), target);
        StringBuilder text = new StringBuilder(Format.date(day.date())).append(": ");
        text.append(day.availability().isPresent()
                ? Format.percent(day.availability(), Format.Precision.AVAILABILITY) + " available" : "no data");
        text.append(", %,d calls and checks".formatted(day.eligible()));
        text.append(count == 0 ? ", no incidents" : count == 1 ? ", 1 incident" : ", " + count + " incidents");
        if (day.maintenance()) {
            text.append(", maintenance (excluded)");
        }
        return new Bar(day.date(), tone, day.maintenance(), day.availability(), day.eligible(), count, text.toString());
    }

    /** Met at or above the target; far below past {@link #FAR_BELOW_FACTOR}. */
    public static Tone tone(OptionalDouble availability, double targetPercent) {
        if (availability.isEmpty()) {
            return Tone.NO_DATA;
        }
        // In percent, with the binary noise of doubles allowed for (99.9 / 100 is not
        // 0.999).
        double percent = availability.getAsDouble() * 100;
        if (percent + 1e-9 >= targetPercent) {
            return Tone.MET;
        }
        return 100 - percent > FAR_BELOW_FACTOR * (100 - targetPercent) + 1e-9 ? Tone.FAR_BELOW : Tone.BELOW;
    }

}
