package io.plumbline.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentFilter;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentState;
import io.plumbline.incident.IncidentStats;
import io.plumbline.incident.RootCause;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agency's incidents with filters, and time to detect and resolve over the chosen
 * period.
 */
@Route("incidents")
@PageTitle("Incidents · Plumbline")
@Menu(title = "Incidents", order = 21, icon = "vaadin:fire")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class IncidentsView extends VerticalLayout {

    private static final List<Integer> PERIODS = List.of(30, 90, 365);

    private final IncidentService incidents;

    private final Clock clock;

    private final List<ClientDetails> clients;

    private final List<IntegrationDetails> integrations;

    private final Map<ClientId, String> clientNames;

    private final ComboBox<ClientDetails> clientFilter = new ComboBox<>();

    private final Select<IncidentState> stateFilter = new Select<>();

    private final Select<RootCause> causeFilter = new Select<>();

    private final Select<Integer> period = new Select<>();

    private final Div kpis = new Div();

    private final Grid<IncidentDetails> grid = new Grid<>();

    public IncidentsView(IncidentService incidents, ClientService clientService, IntegrationService integrationService,
            Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
        this.clients = clientService.list(false);
        this.integrations = integrationService.list().stream().filter(i -> !i.archived()).toList();
        this.clientNames = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
        setSizeFull();
        clientFilter.setPlaceholder("All clients");
        clientFilter.setItems(clients);
        clientFilter.setItemLabelGenerator(ClientDetails::name);
        clientFilter.setClearButtonVisible(true);
        stateFilter.setPlaceholder("Any state");
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption("Any state");
        stateFilter.setItems(IncidentState.values());
        stateFilter.setItemLabelGenerator(s -> s == null ? "Any state" : s.label());
        causeFilter.setEmptySelectionAllowed(true);
        causeFilter.setEmptySelectionCaption("Any cause");
        causeFilter.setItems(RootCause.values());
        causeFilter.setItemLabelGenerator(c -> c == null ? "Any cause" : c.label());
        period.setItems(PERIODS);
        period.setItemLabelGenerator(days -> "Last %d days".formatted(days));
        period.setValue(90);
        clientFilter.addValueChangeListener(e -> refresh());
        stateFilter.addValueChangeListener(e -> refresh());
        causeFilter.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Incidents"), spacer, clientFilter, stateFilter,
                causeFilter, period);
        toolbar.addClassName("pl-toolbar");
        if (Access.mayChangeAgencyWork()) {
            Button create = new Button("New incident", VaadinIcon.PLUS.create(), e -> open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        kpis.addClassName("pl-kpis");
        kpis.setWidthFull();
        grid.addComponentColumn(
                i -> new RouterLink(i.title(), IncidentDetailView.class, new RouteParameters("id", i.id().toString())))
            .setHeader("Incident")
            .setKey("Incident")
            .setWidth("280px")
            .setFlexGrow(2)
            .setTooltipGenerator(IncidentDetails::title);
        grid.addColumn(i -> clientNames.getOrDefault(i.client(), "")).setHeader("Client").setAutoWidth(true);
        grid.addComponentColumn(i -> IncidentFormat.severity(i.severity())).setHeader("Severity").setAutoWidth(true);
        grid.addComponentColumn(i -> IncidentFormat.state(i.state()))
            .setHeader("State")
            .setKey("State")
            .setAutoWidth(true);
        grid.addColumn(i -> i.cause() == null ? "—" : i.cause().label()).setHeader("Cause").setAutoWidth(true);
        grid.addColumn(i -> Ui.format(i.detectedAt())).setHeader("Detected").setAutoWidth(true);
        grid.addColumn(i -> IncidentFormat.duration(i.timeToDetect())).setHeader("Time to detect").setAutoWidth(true);
        grid.addColumn(i -> IncidentFormat.duration(i.timeToResolve())).setHeader("Time to resolve").setAutoWidth(true);
        grid.addColumn(i -> i.summaryPublished() ? "Published" : "—").setHeader("Portal").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No incidents match.");
        add(toolbar, kpis, grid);
        refresh();
    }

    private void open() {
        IncidentForm form = new IncidentForm(null, clients, integrations);
        if (clientFilter.getValue() != null) {
            form.preselect(clientFilter.getValue());
        }
        form.onSave(draft -> {
            IncidentDetails opened = incidents.open(draft);
            getUI().ifPresent(
                    ui -> ui.navigate(IncidentDetailView.class, new RouteParameters("id", opened.id().toString())));
        });
        form.open();
    }

    private void refresh() {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(period.getValue()));
        ClientId client = clientFilter.getValue() == null ? null : clientFilter.getValue().id();
        List<IncidentDetails> found = incidents
            .list(new IncidentFilter(client, stateFilter.getValue(), causeFilter.getValue(), from, to));
        grid.setItems(found);
        IncidentStats stats = IncidentStats.of(found);
        long open = found.stream().filter(i -> !i.resolved()).count();
        String scope = "%s, %s".formatted(client == null ? "all clients" : clientFilter.getValue().name(),
                period.getItemLabelGenerator().apply(period.getValue()).toLowerCase());
        kpis.removeAll();
        kpis.add(Ui.kpi("Incidents", String.valueOf(stats.incidents()), open + " open · " + scope),
                Ui.kpi("Median time to detect", IncidentFormat.duration(stats.medianTimeToDetect()),
                        "mean " + IncidentFormat.duration(stats.meanTimeToDetect()) + " · fault start → raised"),
                Ui.kpi("Median time to resolve", IncidentFormat.duration(stats.medianTimeToResolve()),
                        "mean " + IncidentFormat.duration(stats.meanTimeToResolve()) + " · fault start → resolved, "
                                + stats.resolved() + " resolved"));
    }

}
