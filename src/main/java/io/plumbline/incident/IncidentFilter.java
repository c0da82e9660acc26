package io.plumbline.incident;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * Narrows a list of incidents; every {@code null} field means "any". The period is on the
 * detected time, [from, to).
 */
public record IncidentFilter(ClientId client, IncidentState state, RootCause cause, Instant from, Instant to) {

    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null, null);
    }

    public static IncidentFilter forClient(ClientId client) {
        return new IncidentFilter(client, null, null, null, null);
    }

    public static IncidentFilter period(ClientId client, Instant from, Instant to) {
        return new IncidentFilter(client, null, null, from, to);
    }

    boolean matches(IncidentDetails incident) {
        return (client == null || client.equals(incident.client())) && (state == null || state == incident.state())
                && (cause == null || cause == incident.cause())
                && (from == null || !incident.detectedAt().isBefore(from))
                && (to == null || incident.detectedAt().isBefore(to));
    }
}
