package io.plumbline.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.ui.NarrowScreens;
import io.plumbline.shared.ui.Ui;
import io.plumbline.status.ComponentStatus;
import io.plumbline.status.PublicPageLink;
import io.plumbline.status.PublicPageState;
import io.plumbline.status.StatusBoard;
import io.plumbline.status.StatusService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A client's status as the agency runs it: the banner the client sees, each integration's
 * measured and shown status with the hand-set override (owners, admins and analysts may
 * set and clear it), the client's public status page (owners and admins turn it on or
 * off) and the 90-day strips. An id of another agency is "not found".
 */
@Route("clients/:clientId/status")
@PageTitle("Client status · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ClientStatusView extends VerticalLayout implements BeforeEnterObserver {

    private final StatusService status;

    private final ClientService clients;

    private final String publicUrl;

    private ClientDetails client;

    public ClientStatusView(StatusService status, ClientService clients, PlumblineProperties properties) {
        this.status = status;
        this.clients = clients;
        this.publicUrl = properties.publicUrl();
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = event.getRouteParameters()
            .get("clientId")
            .flatMap(ClientId::parse)
            .flatMap(clients::find)
            .orElseThrow(() -> new NotFoundException("No such client"));
        show();
    }

    private void show() {
        removeAll();
        StatusBoard board = status.board(client.id());
        add(new Anchor("clients/" + client.id(), "← " + client.name()), new H2("Status of " + client.name()),
                StatusComponents.banner(board.live(), client.timeZone()), new H3("Live status"), live(board),
                new H3("Public status page"), publicPage(),
                new H3("Uptime, last " + StatusService.STRIP_DAYS + " days"), StatusComponents.strips(board));
    }

    private Component live(StatusBoard board) {
        Grid<ComponentStatus> grid = new Grid<>();
        grid.setId("status-live");
        grid.addColumn(ComponentStatus::name).setHeader("Integration").setFlexGrow(2);
        grid.addComponentColumn(c -> StatusComponents.state(c.state())).setHeader("Shown").setAutoWidth(true);
        var measured = grid.addColumn(c -> c.measured().label() + " — " + c.reason())
            .setHeader("Measured, last 10 minutes")
            .setFlexGrow(3);
        var set = grid
            .addColumn(c -> c.overrideIfAny()
                .map(o -> "Set by " + o.setBy() + ", " + Ui.figures().utc(o.setAt())
                        + (o.expiresAt() == null ? "" : ", until " + Ui.figures().utc(o.expiresAt())) + ": " + o.note())
                .orElse("—"))
            .setHeader("Set by the agency")
            .setFlexGrow(3);
        if (Access.mayChangeAgencyWork()) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        NarrowScreens.hideOnPhones(grid, measured, set);
        grid.setItems(board.live().components());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No active integrations.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Component actions(ComponentStatus component) {
        Button set = new Button("Set status…", e -> {
            OverrideDialog dialog = new OverrideDialog(component, client.timeZone());
            dialog.onSave(draft -> {
                status.override(component.integration(), draft.state(), draft.note(), draft.expiresAt());
                Ui.success("Status of " + component.name() + " set to " + draft.state().label());
                show();
            });
            dialog.open();
        });
        set.addThemeVariants(ButtonVariant.LUMO_SMALL);
        set.setAriaLabel("Set the status of " + component.name());
        HorizontalLayout actions = new HorizontalLayout(set);
        if (component.setByAgency()) {
            Button clear = new Button("Clear", e -> {
                status.clearOverride(component.integration());
                Ui.success("Status of " + component.name() + " is measured again");
                show();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            clear.setAriaLabel("Clear the override of " + component.name());
            actions.add(clear);
        }
        return actions;
    }

    private Component publicPage() {
        PublicPageState page = status.publicPage(client.id());
        Div box = new Div();
        box.setId("public-page");
        box.add(new Paragraph(page.enabled()
                ? "On since " + Ui.figures().utc(page.enabledAt()) + " (by " + page.enabledBy()
                        + "). Anyone with its address sees the banner, the strips, published incidents and "
                        + "maintenance windows — nothing else."
                : "Off. When on, a read-only page at an unguessable address shows the banner, the strips, published "
                        + "incidents and maintenance windows, without a sign-in."));
        if (!Access.mayManageAgency()) {
            box.add(new Paragraph("Owners and admins turn it on or off."));
            return box;
        }
        Button enable = new Button(page.enabled() ? "New address" : "Turn on", e -> {
            PublicPageLink link = status.enablePublicPage(client.id());
            show();
            Span address = new Span(baseUrl() + link.path().substring(1));
            address.addClassName("pl-secret");
            address.setId("public-page-address");
            Div shown = new Div(new Paragraph("The address (copy it now: only a hash is kept, so it cannot be shown "
                    + "again; an older address no longer works):"), address);
            shown.addClassName("pl-card");
            getChildren().filter(c -> "public-page".equals(c.getId().orElse(null)))
                .findFirst()
                .ifPresent(c -> ((Div) c).add(shown));
        });
        enable.addThemeVariants(page.enabled() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        box.add(enable);
        if (page.enabled()) {
            Button revoke = new Button("Turn off", e -> {
                status.revokePublicPage(client.id());
                Ui.success("The public status page of " + client.name() + " is off");
                show();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(revoke);
        }
        return box;
    }

    private String baseUrl() {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? ""
                        : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }

}
