package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import io.plumbline.tenancy.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * One client: branding, facts and (for managers) its portal users. An id of another
 * agency is "not found".
 */
@Route("clients/:clientId")
@PageTitle("Client · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientService clients;

    private final UserService users;

    private final boolean manager = CurrentTenant.member().map(m -> m.role().managesAgency()).orElse(false);

    public ClientDetailView(ClientService clients, UserService users) {
        this.clients = clients;
        this.users = users;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClientDetails client = event.getRouteParameters()
            .get("clientId")
            .flatMap(ClientId::parse)
            .flatMap(clients::find)
            .orElse(null);
        if (client == null) {
            throw new NotFoundException("No such client");
        }
        show(client);
    }

    private void show(ClientDetails client) {
        removeAll();
        HorizontalLayout header = new HorizontalLayout();
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        client.logoIfAny().ifPresent(logo -> header.add(Ui.logo(logo.bytes(), client.name() + " logo")));
        header.add(new H2(client.name()), Ui.swatch(client.primaryColour()),
                client.archived() ? Ui.badge("Archived", "warn") : Ui.badge("Active", "ok"));
        if (manager) {
            header.add(new Button("Edit", e -> ClientEditing.open(clients, client, this::show)));
        }
        add(new Anchor("clients", "← All clients"), header, facts(client),
                new Anchor("integrations?client=" + client.id(), "Integrations of " + client.name() + " →"),
                new Anchor("clients/" + client.id() + "/status",
                        "Live status, uptime and public status page of " + client.name() + " →"));
        if (manager) {
            add(portalUsers(client));
        }
    }

    private static Component facts(ClientDetails client) {
        Facts facts = new Facts().fact("Display name", client.displayName())
            .fact("Industry", client.industry().label())
            .fact("Time zone", Ui.figures().zone(client.timeZone(), java.time.Instant.now()))
            .fact("Client since", Ui.format(client.createdAt()));
        if (client.archived()) {
            facts.fact("Archived", Ui.format(client.archivedAt()));
        }
        Div card = new Div(facts);
        card.addClassName("pl-card");
        return card;
    }

    private Component portalUsers(ClientDetails client) {
        Grid<UserSummary> grid = new Grid<>();
        grid.addColumn(UserSummary::email).setHeader("E-mail");
        grid.addColumn(u -> u.role().label()).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addColumn(u -> Ui.format(u.lastLoginAt())).setHeader("Last sign-in");
        grid.setItems(users.list().stream().filter(u -> client.id().equals(u.client())).toList());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No portal users yet. Add them under Users.");
        return new VerticalLayout(new H3("Portal users"), grid);
    }

}
