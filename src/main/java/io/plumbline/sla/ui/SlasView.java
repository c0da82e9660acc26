package io.plumbline.sla.ui;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.EvaluationDetail;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.SlaText;
import io.plumbline.sla.SlaStatus;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agency's SLAs with their status in the current window; editors create, change and
 * delete them.
 */
@Route("sla")
@PageTitle("SLAs · Plumbline")
@Menu(title = "SLAs", order = 18, icon = "vaadin:check-circle-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class SlasView extends VerticalLayout {

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final List<ClientDetails> clients;

    private final List<IntegrationDetails> integrations;

    private final Map<ClientId, String> clientNames;

    private final Map<IntegrationId, String> integrationNames;

    private final Grid<SlaStatus> grid = new Grid<>();

    private final ComboBox<ClientDetails> clientFilter = new ComboBox<>();

    private final boolean editor = Access.mayChangeAgencyWork();

    public SlasView(SlaService slas, SlaEvaluationService compliance, ClientService clientService,
            IntegrationService integrationService) {
        this.slas = slas;
        this.compliance = compliance;
        this.clients = clientService.list(false);
        this.integrations = integrationService.list();
        this.clientNames = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        this.integrationNames = integrations.stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        addClassName("pl-page");
        setSizeFull();
        clientFilter.setPlaceholder("All clients");
        clientFilter.setItems(clients);
        clientFilter.setItemLabelGenerator(ClientDetails::name);
        clientFilter.setClearButtonVisible(true);
        clientFilter.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("SLAs"), spacer, clientFilter);
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button create = new Button("New SLA", VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        grid.addComponentColumn(s -> new RouterLink(s.sla().name(), SlaDetailView.class,
                new RouteParameters("id", s.sla().id().toString())))
            .setHeader("SLA")
            .setWidth("220px")
            .setFlexGrow(1)
            .setTooltipGenerator(s -> s.sla().name());
        grid.addColumn(s -> clientNames.getOrDefault(s.sla().client(), "")).setHeader("Client").setAutoWidth(true);
        grid.addComponentColumn(s -> SlaSummary.badge(s.current()))
            .setHeader("Verdict")
            .setKey("Status")
            .setAutoWidth(true);
        grid.addColumn(s -> SlaText.availability(Ui.figures(), s.current()))
            .setHeader("Availability, current window")
            .setKey("Availability")
            .setAutoWidth(true);
        grid.addColumn(s -> String.format(Ui.figures().locale(), "%,.0f", s.current().budget().left()))
            .setHeader("Budget left")
            .setAutoWidth(true);
        GridColumns.text(grid, s -> s.sla().objectives().describe(Ui.figures()), "Objectives", "12em");
        GridColumns.text(grid, s -> s.sla().clientWide() ? "All integrations"
                : integrationNames.getOrDefault(s.sla().integration(), ""), "Covers", "10em");
        grid.addColumn(s -> s.sla().window().label()).setHeader("Window").setAutoWidth(true);
        if (editor) {
            GridColumns.actions(grid, this::actions);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateComponent(editor ? Ui.emptyState(
                "No SLAs yet. An SLA states the availability you promised a client; Plumbline then tracks it and warns before it is missed.",
                new Button("Set up the first SLA", VaadinIcon.PLUS.create(), e -> open(null)))
                : Ui.emptyState("No SLAs yet. An admin or analyst of your agency can add one."));
        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(SlaStatus status) {
        Button edit = new Button("Edit", e -> open(status.sla()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button delete = new Button("Delete", e -> {
            slas.delete(status.sla().id());
            Ui.success("Deleted " + status.sla().name());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void open(SlaDetails existing) {
        SlaForm form = new SlaForm(existing, clients, integrations.stream().filter(i -> !i.archived()).toList());
        if (existing == null && clientFilter.getValue() != null) {
            form.preselect(clientFilter.getValue());
        }
        form.onSave(draft -> {
            SlaDetails saved = existing == null ? slas.create(draft) : slas.update(existing.id(), draft);
            Ui.success("Saved " + saved.name());
            refresh();
        });
        form.open();
    }

    private void refresh() {
        ClientDetails client = clientFilter.getValue();
        grid.setItems(compliance.statuses(EvaluationDetail.FIGURES)
            .stream()
            .filter(s -> client == null || s.sla().client().equals(client.id()))
            .toList());
    }

}
