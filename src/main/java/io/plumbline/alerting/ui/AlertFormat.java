package io.plumbline.alerting.ui;

import com.vaadin.flow.component.html.Span;
import io.plumbline.alerting.AlertState;
import io.plumbline.alerting.NotificationDetails;
import io.plumbline.alerting.NotificationState;
import io.plumbline.shared.ui.Ui;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Badges and durations shared by the alerting views. */
final class AlertFormat {

    private AlertFormat() {
    }

    static Span state(AlertState state) {
        return Ui.badge(state.name().toLowerCase(), switch (state) {
            case FIRING -> "bad";
            case ACKNOWLEDGED -> "warn";
            case RESOLVED -> "ok";
        });
    }

    /**
     * A notice's delivery state; demo history (stored as delivered so that the queue
     * never takes it, but never sent) as "demo, not sent".
     */
    static Span state(NotificationDetails notice) {
        return notice.demo() ? Ui.badge("demo, not sent", "none") : state(notice.state());
    }

    static Span state(NotificationState state) {
        String label = state == NotificationState.HELD ? "held: no mail server is set up" : state.name().toLowerCase();
        return Ui.badge(label, switch (state) {
            case DELIVERED -> "ok";
            case FAILED -> "bad";
            case PENDING, HELD -> "warn";
        });
    }

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneOffset.UTC);

    /** For narrow grid columns whose header says "(UTC)". */
    static String utc(Instant at) {
        return at == null ? "" : UTC_MINUTES.format(at);
    }

    static String window(Duration window) {
        if (window == null) {
            return "";
        }
        long minutes = window.toMinutes();
        return minutes % 1440 == 0 ? minutes / 1440 + " d" : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }

}
