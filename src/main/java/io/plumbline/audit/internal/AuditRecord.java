package io.plumbline.audit.internal;

import io.plumbline.audit.AuditAction;
import io.plumbline.audit.AuditEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
public class AuditRecord {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private UUID actorId;

    private String actorEmail;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String target;

    private String detail;

    private String remoteAddr;

    private Instant occurredAt;

    protected AuditRecord() {
    }

    public AuditRecord(UUID agencyId, UUID clientId, UUID actorId, String actorEmail, AuditAction action, String target,
            String detail, String remoteAddr, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.clientId = clientId;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.target = truncate(target, 200);
        this.detail = truncate(detail, 1000);
        this.remoteAddr = truncate(remoteAddr, 64);
        this.occurredAt = occurredAt;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actorEmail, action, target, detail, remoteAddr);
    }

}
