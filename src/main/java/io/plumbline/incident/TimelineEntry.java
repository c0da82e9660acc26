package io.plumbline.incident;

import java.time.Instant;

/**
 * One line of an incident's timeline: what happened when ({@code at}), and who wrote it
 * down when.
 */
public record TimelineEntry(TimelineKind kind, Instant at, String by, Instant recordedAt, String note) {
}
