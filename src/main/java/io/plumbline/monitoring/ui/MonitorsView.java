package io.plumbline.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.monitoring.MonitorDetails;
import io.plumbline.monitoring.MonitorService;
import io.plumbline.monitoring.MonitorSummary;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.ui.ClientPicker;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agency's synthetic monitors, filterable by client ({@code ?client=<id>}); editors
 * open each in a dialog.
 */
@Route("monitors")
@PageTitle("Monitors · Plumbline")
@Menu(title = "Monitors", order = 25, icon = "vaadin:stopwatch")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class MonitorsView extends VerticalLayout implements BeforeEnterObserver {

    static final String MASK = "••••••";

    private final MonitorService monitors;

    private final Grid<MonitorSummary> grid = new Grid<>();

    private final ClientPicker clientFilter;

    private final List<IntegrationDetails> integrations;

    private final boolean editor = Access.mayChangeAgencyWork();

    public MonitorsView(MonitorService monitors, IntegrationService integrationService, ClientService clientService) {
        this.monitors = monitors;
        this.clientFilter = new ClientPicker(null, clientService.list(false));
        this.integrations = integrationService.list().stream().filter(i -> !i.archived()).toList();
        addClassName("pl-page");
        setSizeFull();
        Map<ClientId, String> clientNames = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        Map<IntegrationId, String> integrationNames = integrationService.list()
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));

        clientFilter.setPlaceholder("All clients");
        clientFilter.setClearButtonVisible(true);
        clientFilter.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Monitors"), spacer, clientFilter);
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button create = new Button("New monitor", VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.addColumn(MonitorSummary::name).setHeader("Name").setWidth("200px").setFlexGrow(2).setSortable(true);
        grid.addColumn(m -> integrationNames.getOrDefault(m.integration(), ""))
            .setHeader("Integration")
            .setAutoWidth(true)
            .setSortable(true);
        grid.addColumn(m -> clientNames.getOrDefault(m.client(), ""))
            .setHeader("Client")
            .setAutoWidth(true)
            .setSortable(true);
        grid.addColumn(m -> m.method() + " " + m.url()).setHeader("Request").setWidth("260px").setFlexGrow(3);
        grid.addColumn(MonitorsView::maskedSecrets).setHeader("Headers and body").setAutoWidth(true);
        grid.addColumn(m -> "every " + m.interval().toSeconds() + " s").setHeader("Interval").setAutoWidth(true);
        grid.addComponentColumn(m -> m.enabled() ? Ui.badge("Enabled", "ok") : Ui.badge("Disabled", "warn"))
            .setHeader("Schedule")
            .setAutoWidth(true);
        grid.addComponentColumn(MonitorsView::lastOutcome).setHeader("Last outcome").setAutoWidth(true);
        grid.addColumn(m -> Ui.format(m.lastCheckedAt())).setHeader("Last checked").setAutoWidth(true);
        if (editor) {
            GridColumns.actions(grid, this::actions);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateComponent(editor ? Ui.emptyState(
                "No monitors yet. A monitor calls an integration's endpoint on a schedule and records whether it "
                        + "answered correctly and in time.",
                new Button("Add the first monitor", VaadinIcon.PLUS.create(), e -> open(null)))
                : Ui.emptyState("No monitors yet. An admin or analyst of your agency can add one."));
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientFilter.selectFrom(event.getLocation().getQueryParameters());
        refresh();
    }

    /** Header names with masked values; never a value, which may be a token. */
    static String maskedSecrets(MonitorSummary monitor) {
        List<String> parts = new ArrayList<>(monitor.headerNames().stream().map(n -> n + ": " + MASK).toList());
        if (monitor.hasBody()) {
            parts.add("body " + MASK);
        }
        return String.join(", ", parts);
    }

    private static Component lastOutcome(MonitorSummary monitor) {
        if (monitor.lastStatus() == null) {
            return new Span("not checked yet");
        }
        Span badge = Ui.badge(monitor.lastStatus().label(), monitor.lastStatus().tone());
        badge.setTitle(monitor.lastMessage() == null ? "" : monitor.lastMessage());
        return badge;
    }

    private HorizontalLayout actions(MonitorSummary monitor) {
        Button edit = new Button("Edit",
                e -> open(monitors.find(monitor.id()).orElseThrow(() -> new NotFoundException("No such monitor"))));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button delete = new Button("Delete", e -> {
            monitors.delete(monitor.id());
            Ui.success("Deleted " + monitor.name());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void open(MonitorDetails existing) {
        MonitorForm form = new MonitorForm(existing, integrations);
        ClientDetails client = clientFilter.getValue();
        if (existing == null && client != null) {
            integrations.stream().filter(i -> i.client().equals(client.id())).findFirst().ifPresent(form::preselect);
        }
        form.addRunListener(event -> attempt(form, () -> form.showResult(monitors.runNow(event.check()))));
        form.addSaveListener(event -> attempt(form, () -> {
            MonitorDetails saved = existing == null ? monitors.create(event.draft())
                    : monitors.update(existing.id(), event.draft());
            form.close();
            Ui.success("Saved " + saved.name());
            refresh();
        }));
        form.open();
    }

    private static void attempt(MonitorForm form, Runnable action) {
        try {
            action.run();
        }
        catch (InvalidInputException e) {
            form.showError(e);
        }
    }

    private void refresh() {
        ClientDetails client = clientFilter.getValue();
        grid.setItems(client == null ? monitors.list() : monitors.listForClient(client.id()));
    }

}
