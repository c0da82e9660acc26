package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Daily availability of a client (all its integrations, {@code integration} null) or of
 * one integration over {@code window} (local midnight of the first day to local midnight
 * after the last, judged as of {@code asOf}), oldest day first, one entry per day.
 * {@code eligible} and {@code good} are the SLA math's over the window (maintenance
 * excluded) and equal the days' sums. {@code objective} is the SLA the days are compared
 * with: the integration's own, else the client-wide one; null when none is set.
 */
public record UptimeHistory(IntegrationId integration, ZoneId zone, Interval window, java.time.Instant asOf,
        SlaDetails objective, List<UptimeDay> days, long eligible, long good, long excluded) {

    public OptionalDouble availability() {
        return eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) good / eligible);
    }

}
