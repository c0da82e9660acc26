package io.plumbline.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * One published update of an incident: what the client is told, when, and the state in
 * plain words. Who wrote it stays with the agency ({@code by} is for staff screens only).
 */
public record IncidentUpdate(UUID id, IncidentId incident, UpdateState state, Instant at, String text, String by) {
}
