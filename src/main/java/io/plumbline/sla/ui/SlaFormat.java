package io.plumbline.sla.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** How what the user picks in SLA forms is read. */
final class SlaFormat {

    private SlaFormat() {
    }

    /** A local date-time the user picked, read in the client's zone. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

}
