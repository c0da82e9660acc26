package io.plumbline.changelog.internal;

import io.plumbline.changelog.ChangeLogService;
import io.plumbline.monitoring.SchemaDriftDetected;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schema drift found by a monitor becomes a draft entry. Synchronous, in the transaction
 * that stores the check: the draft exists exactly when the failing result does, and two
 * drifts of one integration are deduplicated in order.
 */
@Component
public class ChangeLogListeners {

    private final ChangeLogService changes;

    ChangeLogListeners(ChangeLogService changes) {
        this.changes = changes;
    }

    @EventListener
    void on(SchemaDriftDetected drift) {
        CurrentTenant.runAs(TenantScope.agency(drift.agency()), () -> changes.draftFromDrift(drift));
    }

}
