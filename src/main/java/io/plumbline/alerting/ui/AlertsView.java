package io.plumbline.alerting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.alerting.AlertDetails;
import io.plumbline.alerting.AlertService;
import io.plumbline.alerting.AlertState;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Firing, acknowledged and resolved alerts, newest first; editors acknowledge. Internal:
 * no portal counterpart.
 */
@Route("alerts")
@PageTitle("Alerts · Plumbline")
@Menu(title = "Alerts", order = 19, icon = "vaadin:bell")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class AlertsView extends VerticalLayout {

    private final AlertService alerts;

    private final Map<ClientId, String> clientNames;

    private final Grid<AlertDetails> grid = new Grid<>();

    private final ComboBox<ClientDetails> clientFilter = new ComboBox<>();

    private final Select<AlertState> stateFilter = new Select<>();

    private final boolean editor = Access.mayChangeAgencyWork();

    public AlertsView(AlertService alerts, ClientService clients) {
        this.alerts = alerts;
        this.clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
        setSizeFull();
        clientFilter.setPlaceholder("All clients");
        clientFilter.setItems(clients.list(false));
        clientFilter.setItemLabelGenerator(ClientDetails::name);
        clientFilter.setClearButtonVisible(true);
        clientFilter.addValueChangeListener(e -> refresh());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption("All states");
        stateFilter.setItems(AlertState.values());
        stateFilter.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Alerts"), spacer, stateFilter, clientFilter,
                new RouterLink("Rules", AlertRulesView.class), new RouterLink("Channels", ChannelsView.class),
                new RouterLink("Outbox", OutboxView.class));
        toolbar.addClassName("pl-toolbar");
        toolbar.setAlignItems(Alignment.BASELINE);
        grid.addComponentColumn(a -> new Div(AlertFormat.state(a.state()),
                new com.vaadin.flow.component.html.Span(" " + a.severity().name().toLowerCase())))
            .setHeader("State")
            .setKey("state")
            .setWidth("9em")
            .setFlexGrow(0);
        // The summary is the point of the list: it takes the room, the other columns are
        // narrow with tooltips.
        grid.addComponentColumn(
                a -> new RouterLink(a.summary(), AlertDetailView.class, new RouteParameters("id", a.id().toString())))
            .setHeader("Alert")
            .setWidth("12em")
            .setFlexGrow(1)
            .setTooltipGenerator(AlertDetails::summary);
        grid.addColumn(a -> clientNames.getOrDefault(a.client(), ""))
            .setHeader("Client")
            .setWidth("8.5em")
            .setFlexGrow(0)
            .setTooltipGenerator(a -> clientNames.getOrDefault(a.client(), ""));
        grid.addColumn(AlertDetails::ruleName)
            .setHeader("Rule")
            .setWidth("9em")
            .setFlexGrow(0)
            .setTooltipGenerator(AlertDetails::ruleName);
        grid.addColumn(a -> AlertFormat.utc(a.openedAt())).setHeader("Opened (UTC)").setWidth("11em").setFlexGrow(0);
        grid.addColumn(a -> a.resolvedAt() != null ? AlertFormat.utc(a.resolvedAt())
                : a.acknowledgedBy() == null ? "" : "ack. by " + a.acknowledgedBy())
            .setHeader("Resolved / ack.")
            .setWidth("11em")
            .setFlexGrow(0)
            .setTooltipGenerator(a -> a.acknowledgedBy() == null ? "" : "acknowledged by " + a.acknowledgedBy());
        if (editor) {
            grid.addComponentColumn(this::acknowledgeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateComponent(Ui.emptyState(
                "No alerts. An alert opens when one of your alert rules sees its condition met, "
                        + "and is sent through your channels.",
                new Button("See alert rules", e -> getUI().ifPresent(ui -> ui.navigate(AlertRulesView.class)))));
        add(toolbar, grid);
        refresh();
    }

    private Button acknowledgeButton(AlertDetails alert) {
        Button acknowledge = new Button("Acknowledge", e -> {
            try {
                alerts.acknowledge(alert.id());
                Ui.success("Acknowledged");
            }
            catch (InvalidInputException refused) {
                Ui.error(refused.getMessage());
            }
            refresh();
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        acknowledge.setVisible(alert.state() == AlertState.FIRING);
        return acknowledge;
    }

    private void refresh() {
        grid.setItems(alerts.list(clientFilter.getValue() == null ? null : clientFilter.getValue().id(),
                stateFilter.getValue()));
    }

}
