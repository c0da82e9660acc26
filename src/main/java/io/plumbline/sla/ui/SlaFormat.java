package io.plumbline.sla.ui;

import io.plumbline.sla.Forecast;
import io.plumbline.sla.SlaEvaluation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** How SLA figures read, the same in the agency app and the portal. */
final class SlaFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private SlaFormat() {
    }

    /** A local date-time the user picked, read in the client's zone. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    static String percent(OptionalDouble share) {
        return share.isPresent() ? "%.3f %%".formatted(share.getAsDouble() * 100) : "no data";
    }

    static String burnRate(SlaEvaluation evaluation) {
        return evaluation.burnRate().isPresent() ? "%.2f×".formatted(evaluation.burnRate().getAsDouble()) : "—";
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    static String window(SlaEvaluation evaluation, ZoneId zone) {
        return "%s – %s (%s)".formatted(when(evaluation.window().start(), zone), when(evaluation.window().end(), zone),
                zone.getId());
    }

    static String forecast(Forecast forecast, ZoneId zone) {
        return switch (forecast.kind()) {
            case NO_DATA -> "no data";
            case EXHAUSTED -> "spent on " + when(forecast.at(), zone);
            case RUNS_OUT -> "runs out " + when(forecast.at(), zone);
            case NOT_AT_THIS_RATE -> "lasts the window at this rate";
            case CLOSED -> "window closed";
        };
    }

}
