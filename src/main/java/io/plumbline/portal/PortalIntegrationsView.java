package io.plumbline.portal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.ui.IntegrationColumns;
import io.plumbline.shared.ui.NarrowScreens;
import io.plumbline.status.ComponentStatus;
import io.plumbline.status.LiveState;
import io.plumbline.status.StatusBoard;
import io.plumbline.status.StatusService;
import io.plumbline.status.ui.StatusComponents;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The client's own integrations, read only: live status, credentials and rate limits,
 * then each integration's 90-day uptime strip. The services narrow everything to the
 * signed-in client.
 */
@Route("portal/integrations")
@PageTitle("Integrations · Portal")
@Menu(title = "Integrations", order = 10)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalIntegrationsView extends VerticalLayout {

    public PortalIntegrationsView(IntegrationService integrations, ClientService clients, StatusService status,
            Clock clock) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        LocalDate today = LocalDate.now(clock);
        StatusBoard board = status.board(client.id());
        Map<IntegrationId, ComponentStatus> live = board.live()
            .components()
            .stream()
            .collect(Collectors.toMap(ComponentStatus::integration, Function.identity()));
        Grid<IntegrationDetails> grid = new Grid<>();
        grid.addColumn(IntegrationDetails::name).setHeader("Integration").setFlexGrow(2);
        grid.addComponentColumn(
                i -> StatusComponents.state(live.containsKey(i.id()) ? live.get(i.id()).state() : LiveState.NO_DATA))
            .setHeader("Status now")
            .setAutoWidth(true);
        var category = grid.addColumn(i -> i.category().label()).setHeader("Category").setAutoWidth(true);
        var provider = grid.addColumn(IntegrationDetails::provider).setHeader("Provider").setAutoWidth(true);
        var version = grid.addColumn(i -> i.apiVersion() == null ? "—" : i.apiVersion())
            .setHeader("API version")
            .setAutoWidth(true);
        var criticality = grid.addColumn(i -> i.criticality().label()).setHeader("Criticality").setAutoWidth(true);
        var credential = grid.addComponentColumn(i -> IntegrationColumns.credentialExpiry(i, today))
            .setHeader("Credential")
            .setAutoWidth(true);
        var quota = grid.addColumn(IntegrationColumns::quota).setHeader("Rate limit").setAutoWidth(true);
        NarrowScreens.hideOnPhones(grid, category, provider, version, criticality, credential, quota);
        grid.setItems(integrations.list().stream().filter(i -> !i.archived()).toList());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Your agency has not registered integrations for you yet.");
        add(StatusComponents.banner(board.live(), client.timeZone()), new H2("Your integrations"),
                new Paragraph("The APIs your agency runs for you: how each is doing now, their credentials' expiry "
                        + "and rate limits, and each one's last " + StatusService.STRIP_DAYS + " days."),
                grid);
        if (board.live().components().stream().anyMatch(ComponentStatus::setByAgency)) {
            add(new H3("Status notes from your agency"), StatusComponents.liveList(board.live(), client.timeZone()));
        }
        add(new H3("Uptime, last " + StatusService.STRIP_DAYS + " days"), StatusComponents.strips(board));
    }

}
