package io.plumbline.incident;

import java.time.Instant;

/**
 * A client-facing update to post; {@code at} empty means now.
 */
public record UpdateDraft(UpdateState state, Instant at, String text) {
}
