package io.plumbline.incident;

import java.time.Instant;

/** A note for agency staff only; never shown to clients. */
public record InternalNote(Instant at, String by, String text) {
}
