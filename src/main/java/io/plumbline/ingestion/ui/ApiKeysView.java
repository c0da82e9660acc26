package io.plumbline.ingestion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.ingestion.ApiKeyDetails;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.ingestion.IssuedApiKey;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** API keys for gateways and ETL jobs: created here, shown once, revocable. */
@Route("settings/api-keys")
@PageTitle("API keys · Plumbline")
@Menu(title = "API keys", order = 85, icon = "vaadin:key")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class ApiKeysView extends VerticalLayout {

    private final ApiKeyService keys;

    private final ClientService clients;

    private final Grid<ApiKeyDetails> grid = new Grid<>();

    public ApiKeysView(ApiKeyService keys, ClientService clients) {
        this.keys = keys;
        this.clients = clients;
        addClassName("pl-page");
        setSizeFull();
        Map<ClientId, String> clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        Button create = new Button("New API key", VaadinIcon.PLUS.create(), e -> openNewKey());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("API keys"), spacer, create);
        toolbar.addClassName("pl-toolbar");

        grid.addColumn(ApiKeyDetails::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(k -> k.prefix() + "…").setHeader("Key").setAutoWidth(true);
        grid.addColumn(k -> k.client() == null ? "Whole agency" : clientNames.getOrDefault(k.client(), ""))
            .setHeader("May use")
            .setAutoWidth(true);
        grid.addColumn(ApiKeyDetails::createdBy).setHeader("Created by").setAutoWidth(true);
        grid.addColumn(k -> Ui.format(k.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(k -> k.lastUsedAt() == null ? "never" : Ui.format(k.lastUsedAt()))
            .setHeader("Last used")
            .setAutoWidth(true);
        grid.addComponentColumn(
                k -> k.revoked() ? Ui.badge("Revoked " + Ui.format(k.revokedAt()), "bad") : Ui.badge("Active", "ok"))
            .setHeader("Status")
            .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No API keys yet.");
        add(toolbar, new Paragraph("Machines push observations and read health with these keys; see the API guide."),
                new Anchor("swagger-ui.html", "API reference (OpenAPI)"), grid);
        refresh();
    }

    private Button revokeButton(ApiKeyDetails key) {
        Button revoke = new Button("Revoke", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke " + key.name() + "?",
                    "Requests with this key are refused from now on. This cannot be undone.", "Revoke", c -> {
                        keys.revoke(key.id());
                        Ui.success("Revoked " + key.name());
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(!key.revoked());
        return revoke;
    }

    private void openNewKey() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New API key");
        TextField name = new TextField("Name");
        name.setPlaceholder("Kong gateway, Airflow sync…");
        name.setRequired(true);
        ComboBox<ClientDetails> client = new ComboBox<>("Limit to one client");
        client.setItems(clients.list(false));
        client.setItemLabelGenerator(ClientDetails::name);
        client.setPlaceholder("Whole agency");
        client.setClearButtonVisible(true);
        Button create = new Button("Create key", e -> {
            try {
                IssuedApiKey issued = keys.create(name.getValue(),
                        client.getValue() == null ? null : client.getValue().id());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Div secret = new Div(issued.secret());
                secret.addClassName("pl-secret");
                secret.setId("issued-api-key");
                dialog.add(new Paragraph("Copy the key now. Plumbline keeps only a hash and cannot show it again."),
                        secret);
                dialog.getFooter().add(new Button("Done", done -> dialog.close()));
                refresh();
            }
            catch (InvalidInputException ex) {
                Ui.showOn(ex, Map.of("name", name, "client", client));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, client));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

}
