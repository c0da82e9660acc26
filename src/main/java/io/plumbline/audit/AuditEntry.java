package io.plumbline.audit;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actorEmail, AuditAction action, String target, String detail,
        String remoteAddress) {
}
