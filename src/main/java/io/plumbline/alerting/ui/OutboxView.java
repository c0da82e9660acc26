package io.plumbline.alerting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.alerting.AlertService;
import io.plumbline.alerting.NotificationDetails;
import io.plumbline.alerting.NotificationId;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The notification outbox: every notice with its state; selecting one shows its delivery
 * log.
 */
@Route("alerts/outbox")
@PageTitle("Notification outbox · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class OutboxView extends VerticalLayout {

    public OutboxView(AlertService alerts) {
        addClassName("pl-page");
        setSizeFull();
        Grid<NotificationDetails> grid = new Grid<>();
        grid.addComponentColumn(AlertFormat::state).setHeader("State").setKey("state").setWidth("15em").setFlexGrow(0);
        grid.addColumn(NotificationDetails::subject)
            .setHeader("Notice")
            .setWidth("12em")
            .setFlexGrow(1)
            .setTooltipGenerator(NotificationDetails::subject);
        grid.addColumn(NotificationDetails::channelName)
            .setHeader("Channel")
            .setWidth("9em")
            .setFlexGrow(0)
            .setTooltipGenerator(NotificationDetails::channelName);
        // Demo history was never sent: no attempt, no delivery time (its state says
        // demo).
        grid.addColumn(n -> n.demo() ? "none" : String.valueOf(n.attempts()))
            .setHeader("Attempts")
            .setWidth("9em")
            .setFlexGrow(0);
        grid.addColumn(n -> AlertFormat.utc(n.createdAt())).setHeader("Queued (UTC)").setWidth("11em").setFlexGrow(0);
        grid.addColumn(n -> n.demo() ? ""
                : n.deliveredAt() != null ? AlertFormat.utc(n.deliveredAt())
                        : n.nextAttemptAt() != null ? "next " + AlertFormat.utc(n.nextAttemptAt()) : "")
            .setHeader("Delivered / next")
            .setWidth("11.5em")
            .setFlexGrow(0);
        // Which node is delivering it now (db-scheduler's picked_by, or the node sending
        // it): after a node dies,
        // its name stays here until another node takes the notice over.
        Map<NotificationId, String> nodes = alerts.nodesAtWork();
        grid.addColumn(n -> nodes.getOrDefault(n.id(), ""))
            .setHeader("Node")
            .setKey("node")
            .setWidth("9em")
            .setFlexGrow(0)
            .setTooltipGenerator(n -> nodes.getOrDefault(n.id(), ""));
        grid.addColumn(n -> n.lastError() == null ? "" : n.lastError())
            .setHeader("Last error")
            .setWidth("7em")
            .setFlexGrow(0)
            .setTooltipGenerator(n -> n.lastError() == null ? "" : n.lastError());
        grid.setItems(alerts.notifications());
        grid.setEmptyStateText("Nothing sent yet.");
        Div log = new Div();
        grid.asSingleSelect().addValueChangeListener(e -> {
            log.removeAll();
            if (e.getValue() != null) {
                log.add(new DeliveryLog(e.getValue(), alerts));
            }
        });
        add(new RouterLink("← Alerts", AlertsView.class), new H2("Notification outbox"), grid, log);
    }

}
