package io.plumbline.incident.ui;

import io.plumbline.shared.format.Format;
import com.vaadin.flow.component.html.Span;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.IncidentState;
import io.plumbline.shared.ui.Ui;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** How incident figures read, the same in the agency app and the portal. */
public final class IncidentFormat {

    private IncidentFormat() {
    }

    /** "2 d 3 h", "1 h 20 min", "45 min", "30 s" ({@link Format#duration}). */
    public static String duration(Duration duration) {
        return Ui.figures().duration(duration);
    }

    public static String duration(Optional<Duration> duration) {
        return duration.map(IncidentFormat::duration).orElse("—");
    }

    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? Format.NONE
                : Ui.figures().dateTime(instant, zone) + " " + Ui.figures().zone(zone, instant);
    }

    public static Span state(IncidentState state) {
        return Ui.badge(state.label(), switch (state) {
            case OPEN -> "bad";
            case ACKNOWLEDGED, DIAGNOSED -> "warn";
            case RESOLVED -> "ok";
        });
    }

    public static Span severity(IncidentSeverity severity) {
        return Ui.badge(severity.label(), switch (severity) {
            case CRITICAL -> "bad";
            case MAJOR -> "warn";
            case MINOR -> "none";
        });
    }

}
