package io.plumbline.incident.ui;

import com.vaadin.flow.component.html.Span;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.IncidentState;
import io.plumbline.shared.ui.Ui;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How incident figures read, the same in the agency app and the portal. */
public final class IncidentFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private IncidentFormat() {
    }

    /** "2 d 3 h", "1 h 20 min", "45 min", "30 s". */
    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.toSeconds() + " s";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes % 60 == 0 ? minutes / 60 + " h" : "%d h %d min".formatted(minutes / 60, minutes % 60);
        }
        long hours = duration.toHours();
        return hours % 24 == 0 ? hours / 24 + " d" : "%d d %d h".formatted(hours / 24, hours % 24);
    }

    public static String duration(Optional<Duration> duration) {
        return duration.map(IncidentFormat::duration).orElse("—");
    }

    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone)) + " " + zone.getId();
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
