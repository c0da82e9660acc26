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
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/** The notification outbox: every notice with its state; selecting one shows its delivery log. */
@Route("alerts/outbox")
@PageTitle("Notification outbox · Plumbline")
@RolesAllowed({Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME})
public class OutboxView extends VerticalLayout {

    public OutboxView(AlertService alerts) {
        addClassName("pl-page");
        setSizeFull();
        Grid<NotificationDetails> grid = new Grid<>();
        grid.addComponentColumn(n -> AlertFormat.state(n.state())).setHeader("State").setKey("state").setAutoWidth(true);
        grid.addColumn(NotificationDetails::subject).setHeader("Notice").setFlexGrow(1);
        grid.addColumn(NotificationDetails::channelName).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(n -> n.attempts() + (n.demo() ? " (demo)" : "")).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(n -> Ui.format(n.createdAt())).setHeader("Queued").setAutoWidth(true);
        grid.addColumn(n -> n.deliveredAt() != null ? "delivered " + Ui.format(n.deliveredAt())
                : n.nextAttemptAt() != null ? "next " + Ui.format(n.nextAttemptAt()) : "").setHeader("When").setAutoWidth(true);
        grid.addColumn(n -> n.lastError() == null ? "" : n.lastError()).setHeader("Last error").setAutoWidth(true);
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
