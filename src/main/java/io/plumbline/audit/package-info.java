/**
 * The audit log: owns the table {@code audit_event} (who changed what and when in an
 * agency: sign-ins, users, clients, SLAs, incidents, ...) and the view {@code audit}. Its
 * API is {@link io.plumbline.audit.AuditService} with
 * {@link io.plumbline.audit.AuditEntry}, {@link io.plumbline.audit.AuditFilter} and
 * {@link io.plumbline.audit.AuditAction}. The entity, its repository and the synchronous
 * listener that writes an entry in the same transaction as every module's change live in
 * {@code audit.internal}.
 */
package io.plumbline.audit;
