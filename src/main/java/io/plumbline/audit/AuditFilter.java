package io.plumbline.audit;

import java.time.Instant;

/** Narrows the audit log; every part is optional. {@code to} is exclusive. */
public record AuditFilter(String actorEmail, AuditAction action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
