package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

@Route("clients")
@PageTitle("Clients · Plumbline")
@Menu(title = "Clients", order = 10, icon = "vaadin:building")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ClientsView extends VerticalLayout {

    private final ClientService clients;

    private final Grid<ClientDetails> grid = new Grid<>();

    private final TextField search = new TextField();

    private final Checkbox showArchived = new Checkbox("Show archived");

    private final boolean manager = CurrentTenant.member().map(m -> m.role().managesAgency()).orElse(false);

    public ClientsView(ClientService clients) {
        this.clients = clients;
        addClassName("pl-page");

        search.setPlaceholder("Search clients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        showArchived.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Clients"), spacer, search, showArchived);
        toolbar.addClassName("pl-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (manager) {
            Button create = new Button("New client", VaadinIcon.PLUS.create(),
                    e -> ClientEditing.open(clients, null, saved -> refresh()));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.addComponentColumn(c -> new Anchor("clients/" + c.id(), c.name()))
            .setHeader("Name")
            .setFlexGrow(2)
            .setComparator(ClientDetails::name);
        grid.addColumn(c -> c.industry().label()).setHeader("Industry").setSortable(true);
        grid.addColumn(c -> Ui.figures().zone(c.timeZone(), java.time.Instant.now())).setHeader("Time zone");
        grid.addComponentColumn(c -> Ui.swatch(c.primaryColour()))
            .setHeader("Colour")
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.addComponentColumn(c -> c.archived() ? Ui.badge("Archived", "warn") : Ui.badge("Active", "ok"))
            .setHeader("Status")
            .setAutoWidth(true)
            .setFlexGrow(0);
        if (manager) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No clients yet.");
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(ClientDetails client) {
        Button edit = new Button("Edit", e -> ClientEditing.open(clients, client, saved -> refresh()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button archive = new Button(client.archived() ? "Restore" : "Archive", e -> confirmArchive(client));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, archive);
    }

    private void confirmArchive(ClientDetails client) {
        if (client.archived()) {
            clients.restore(client.id());
            Ui.success("Restored " + client.name());
            refresh();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Archive " + client.name() + "?",
                "Archived clients leave the active lists. Their history and users are kept, "
                        + "and you can restore them at any time.",
                "Archive", e -> {
                    clients.archive(client.id());
                    Ui.success("Archived " + client.name());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void refresh() {
        String term = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(clients.list(showArchived.getValue())
            .stream()
            .filter(c -> term.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(term)
                    || c.industry().label().toLowerCase(Locale.ROOT).contains(term))
            .toList());
    }

}
