package io.plumbline.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.ui.ClientPicker;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The integration registry of the agency, filterable by client ({@code ?client=<id>}).
 */
@Route("integrations")
@PageTitle("Integrations · Plumbline")
@Menu(title = "Integrations", order = 20, icon = "vaadin:connect")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class IntegrationsView extends VerticalLayout implements BeforeEnterObserver {

    private final IntegrationService integrations;

    private final HostRouteService hostRoutes;

    private final Grid<IntegrationDetails> grid = new Grid<>();

    private final ClientPicker clientFilter;

    private final boolean editor = Access.mayChangeAgencyWork();

    public IntegrationsView(IntegrationService integrations, HostRouteService hostRoutes, ClientService clientService,
            Clock clock) {
        this.integrations = integrations;
        this.hostRoutes = hostRoutes;
        this.clientFilter = new ClientPicker(null, clientService.list(false));
        addClassName("pl-page");
        setSizeFull();
        Map<ClientId, String> clientNames = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));

        clientFilter.setPlaceholder("All clients");
        clientFilter.setClearButtonVisible(true);
        clientFilter.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Integrations"), spacer, clientFilter);
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button register = new Button("Register integration", VaadinIcon.PLUS.create(), e -> open(null));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(register);
        }

        LocalDate today = LocalDate.now(clock);
        grid.addColumn(IntegrationDetails::name)
            .setHeader("Name")
            .setWidth("200px")
            .setFlexGrow(1)
            .setSortable(true)
            .setTooltipGenerator(IntegrationDetails::name);
        grid.addColumn(IntegrationDetails::key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(i -> clientNames.getOrDefault(i.client(), ""))
            .setHeader("Client")
            .setAutoWidth(true)
            .setSortable(true);
        GridColumns.text(grid, i -> i.provider() + " · " + i.category().label(), "Provider · category", "12em");
        grid.addColumn(i -> i.criticality().label())
            .setHeader("Criticality")
            .setAutoWidth(true)
            .setComparator(IntegrationDetails::criticality);
        grid.addComponentColumn(i -> IntegrationColumns.credentialExpiry(i, today))
            .setHeader("Credential")
            .setAutoWidth(true);
        grid.addColumn(IntegrationColumns::quota).setHeader("Rate limit").setAutoWidth(true);
        grid.addComponentColumn(i -> i.archived() ? Ui.badge("Archived", "warn") : Ui.badge("Active", "ok"))
            .setHeader("Status")
            .setAutoWidth(true);
        if (editor) {
            GridColumns.actions(grid, this::actions);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateComponent(editor ? Ui.emptyState(
                "No integrations registered yet. Register the tools you run for your clients to track their health, SLAs and consent.",
                new Button("Register the first integration", VaadinIcon.PLUS.create(), e -> open(null)))
                : Ui.emptyState("No integrations registered yet. An admin or analyst of your agency can add one."));
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientFilter.selectFrom(event.getLocation().getQueryParameters());
        refresh();
    }

    private HorizontalLayout actions(IntegrationDetails integration) {
        Button edit = new Button("Edit", e -> open(integration));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button archive = new Button(integration.archived() ? "Restore" : "Archive", e -> {
            if (integration.archived()) {
                integrations.restore(integration.id());
            }
            else {
                integrations.archive(integration.id());
            }
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, archive);
    }

    private void open(IntegrationDetails existing) {
        IntegrationForm form = new IntegrationForm(existing, clientFilter.clients(),
                existing == null ? List.of() : hostRoutes.routesOf(existing.id()));
        if (existing == null && clientFilter.getValue() != null) {
            form.preselect(clientFilter.getValue());
        }
        form.onSave(draft -> {
            List<HostPattern> hosts = form.hosts();
            if (draft.client() != null) {
                hostRoutes.check(draft.client(), existing == null ? null : existing.id(), hosts);
            }
            IntegrationDetails saved = existing == null ? integrations.register(draft)
                    : integrations.update(existing.id(), draft);
            hostRoutes.replace(saved.id(), hosts);
            Ui.success("Saved " + saved.name());
            refresh();
        });
        form.open();
    }

    private void refresh() {
        ClientDetails client = clientFilter.getValue();
        grid.setItems(client == null ? integrations.list() : integrations.listForClient(client.id()));
    }

}
