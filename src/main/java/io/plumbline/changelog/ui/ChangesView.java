package io.plumbline.changelog.ui;

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
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.changelog.ChangeSource;
import io.plumbline.changelog.ChangeState;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The change log of every integration: drafts (from people and from schema drift) and
 * published entries.
 */
@Route("changes")
@PageTitle("API changes · Plumbline")
@Menu(title = "API changes", order = 23, icon = "vaadin:file-text-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ChangesView extends VerticalLayout {

    private final ChangeLogService changes;

    private final List<IntegrationDetails> integrations;

    private final Map<IntegrationId, IntegrationDetails> integrationsById;

    private final Map<ClientId, String> clientNames;

    private final boolean editor = Access.mayChangeAgencyWork();

    private final ComboBox<ClientDetails> clientFilter = new ComboBox<>();

    private final Select<ChangeState> stateFilter = new Select<>();

    private final Grid<ChangeEntry> grid = new Grid<>();

    public ChangesView(ChangeLogService changes, ClientService clientService, IntegrationService integrationService) {
        this.changes = changes;
        this.integrations = integrationService.list().stream().filter(i -> !i.archived()).toList();
        this.integrationsById = integrationService.list()
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, i -> i));
        this.clientNames = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
        setSizeFull();
        clientFilter.setPlaceholder("All clients");
        clientFilter.setItems(clientService.list(false));
        clientFilter.setItemLabelGenerator(ClientDetails::name);
        clientFilter.setClearButtonVisible(true);
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption("Drafts and published");
        stateFilter.setItems(ChangeState.values());
        stateFilter.setItemLabelGenerator(
                s -> s == null ? "Drafts and published" : s == ChangeState.DRAFT ? "Drafts" : "Published");
        clientFilter.addValueChangeListener(e -> refresh());
        stateFilter.addValueChangeListener(e -> refresh());
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("API changes"), spacer, clientFilter, stateFilter);
        toolbar.addClassName("pl-toolbar");
        if (editor) {
            Button create = new Button("New entry", VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        grid.addColumn(ChangeEntry::effectiveOn).setHeader("Takes effect").setAutoWidth(true).setFlexGrow(0);
        GridColumns.text(grid, this::integrationLabel, "Integration", "220px").setFlexGrow(1);
        grid.addColumn(e -> e.kind().label()).setHeader("Kind").setAutoWidth(true);
        GridColumns.text(grid, ChangeEntry::title, "Title", "280px").setKey("Title").setFlexGrow(2);
        grid.addColumn(ChangeEntry::versions).setHeader("Versions").setAutoWidth(true);
        grid.addComponentColumn(e -> e.published() ? Ui.badge("Published", "ok") : Ui.badge("Draft", "none"))
            .setHeader("State")
            .setAutoWidth(true);
        grid.addColumn(e -> e.source() == ChangeSource.SCHEMA_DRIFT ? "Schema drift" : "Manual")
            .setHeader("Source")
            .setAutoWidth(true);
        if (editor) {
            GridColumns.actions(grid, this::actions);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No change-log entries yet.");
        add(toolbar, grid);
        refresh();
    }

    private String integrationLabel(ChangeEntry entry) {
        IntegrationDetails integration = integrationsById.get(entry.integration());
        return integration == null ? "" : label(integration);
    }

    private String label(IntegrationDetails integration) {
        return "%s (%s)".formatted(integration.name(), clientNames.getOrDefault(integration.client(), ""));
    }

    private HorizontalLayout actions(ChangeEntry entry) {
        HorizontalLayout actions = new HorizontalLayout(inline("Edit", () -> open(entry)));
        if (entry.published()) {
            actions.add(inline("Unpublish", () -> act(() -> changes.unpublish(entry.id()))));
        }
        else {
            actions.add(inline("Publish", () -> act(() -> changes.publish(entry.id()))));
            Button delete = inline("Delete", () -> act(() -> {
                changes.deleteDraft(entry.id());
                return entry;
            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private void open(ChangeEntry existing) {
        ChangeEntryForm form = new ChangeEntryForm(existing, integrations, this::label);
        form.onSave(draft -> {
            if (existing == null) {
                changes.create(draft);
            }
            else {
                changes.update(existing.id(), draft);
            }
            Ui.success("Saved " + draft.title());
            refresh();
        });
        form.open();
    }

    private void act(Supplier<ChangeEntry> change) {
        try {
            ChangeEntry changed = change.get();
            Ui.success(changed.title());
            refresh();
        }
        catch (InvalidInputException e) {
            Ui.error(e.getMessage());
        }
    }

    private static Button inline(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void refresh() {
        ClientDetails client = clientFilter.getValue();
        grid.setItems(changes.list()
            .stream()
            .filter(e -> client == null || e.client().equals(client.id()))
            .filter(e -> stateFilter.getValue() == null || e.state() == stateFilter.getValue())
            .toList());
    }

}
