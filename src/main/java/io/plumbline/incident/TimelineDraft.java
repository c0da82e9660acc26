package io.plumbline.incident;

import java.time.Instant;

/** A timeline entry to add; {@code at} empty means now. */
public record TimelineDraft(TimelineKind kind, Instant at, String note) {
}
