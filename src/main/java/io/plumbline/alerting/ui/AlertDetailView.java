package io.plumbline.alerting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.alerting.AlertDetails;
import io.plumbline.alerting.AlertId;
import io.plumbline.alerting.AlertService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import io.plumbline.vendorstatus.VendorStatusService;
import io.plumbline.vendorstatus.ui.ProviderPanels;
import jakarta.annotation.security.RolesAllowed;

/**
 * One alert with its notifications and their delivery logs. A foreign or unknown id is
 * "not found".
 */
@Route("alerts/:id")
@PageTitle("Alert · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class AlertDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final AlertService alerts;

    private final VendorStatusService vendorStatus;

    public AlertDetailView(AlertService alerts, VendorStatusService vendorStatus) {
        this.alerts = alerts;
        this.vendorStatus = vendorStatus;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AlertDetails alert = event.getRouteParameters()
            .get("id")
            .flatMap(AlertId::parse)
            .flatMap(alerts::find)
            .orElseThrow(() -> new NotFoundException("No such alert"));
        removeAll();
        add(new RouterLink("← Alerts", AlertsView.class), new H2(alert.summary()), AlertFormat.state(alert.state()),
                new Paragraph(alert.detail() == null ? "" : alert.detail()),
                new Paragraph("Rule %s (%s, %s) · opened %s · last seen %s%s%s".formatted(alert.ruleName(),
                        alert.kind(), alert.severity(), Ui.format(alert.openedAt()), Ui.format(alert.lastSeenAt()),
                        alert.acknowledgedBy() == null ? ""
                                : " · acknowledged by %s at %s".formatted(alert.acknowledgedBy(),
                                        Ui.format(alert.acknowledgedAt())),
                        alert.resolvedAt() == null ? "" : " · resolved " + Ui.format(alert.resolvedAt()))));
        ProviderPanels
            .overlaps(vendorStatus, alert.integration().stream().toList(), alert.detectedAt(), alert.resolvedAt())
            .ifPresent(this::add);
        var notices = alerts.notificationsOf(alert.id());
        if (notices.isEmpty()) {
            add(new Paragraph("No notifications: the rule routes to no channel."));
        }
        notices.forEach(notice -> add(new DeliveryLog(notice, alerts)));
    }

}
