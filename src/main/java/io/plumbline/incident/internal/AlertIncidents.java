package io.plumbline.incident.internal;

import io.plumbline.alerting.AlertEvent;
import io.plumbline.alerting.AlertEvent.AlertAcknowledged;
import io.plumbline.alerting.AlertEvent.AlertOpened;
import io.plumbline.alerting.AlertEvent.AlertResolved;
import io.plumbline.incident.IncidentService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts open and update incidents. Synchronous on purpose: the incident is written in
 * the alert's own transaction, so an alert that opens an incident is never stored without
 * it (nor the other way round).
 */
@Component
public class AlertIncidents {

    private final IncidentService incidents;

    AlertIncidents(IncidentService incidents) {
        this.incidents = incidents;
    }

    @EventListener
    void on(AlertEvent event) {
        // The alert's agency names the tenant (alerting may run with no signed-in user);
        // the audit entry needs it too.
        CurrentTenant.runAs(TenantScope.agency(event.agency()), () -> {
            switch (event) {
                case AlertOpened opened when opened.opensIncident() -> incidents.openFromAlert(opened);
                case AlertOpened opened -> {
                    // The rule does not open incidents.
                }
                case AlertAcknowledged acknowledged -> incidents.acknowledgedByAlert(acknowledged);
                case AlertResolved resolved -> incidents.alertResolved(resolved);
            }
        });
    }

}
