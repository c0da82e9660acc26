package io.plumbline.sla;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One local day of the client in an uptime strip: {@code eligible} and {@code good} as
 * the SLA math counts them (calls and checks inside maintenance are {@code excluded});
 * {@code maintenance} when a maintenance occurrence touched the day.
 */
public record UptimeDay(LocalDate date, long eligible, long good, long excluded, boolean maintenance) {

    /** good / eligible; empty when nothing counted that day. */
    public OptionalDouble availability() {
        return eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) good / eligible);
    }

    public long bad() {
        return eligible - good;
    }

}
