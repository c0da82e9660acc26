package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Logo;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Create or edit a client, including its branding. Fires {@link SaveEvent}; knows no
 * services.
 */
class ClientForm extends Dialog {

    private final TextField name = new TextField("Name");

    private final TextField displayName = new TextField("Display name in the portal");

    private final Select<Industry> industry = new Select<>();

    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");

    private final ColourField colour = new ColourField("Primary colour (optional)");

    private boolean logoChanged;

    private Logo logo;

    ClientForm(ClientDetails existing) {
        setHeaderTitle(existing == null ? "New client" : "Edit " + existing.name());
        setWidth("640px");
        ClientDraft draft = existing == null ? ClientDraft.empty() : ClientDraft.of(existing);
        name.setRequired(true);
        name.setMaxLength(120);
        name.setValue(draft.name());
        displayName.setMaxLength(120);
        displayName.setHelperText("Leave empty to use the name");
        displayName.setValue(draft.displayName() == null ? "" : draft.displayName());
        industry.setLabel("Industry");
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(Industry::label);
        industry.setValue(draft.industry());
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(draft.timeZone().getId());
        timeZone.setHelperText("Reports and SLA months follow this zone");
        colour.setValue(draft.primaryColour() == null ? "" : draft.primaryColour());

        FormLayout fields = new FormLayout(name, displayName, industry, timeZone, colour);
        if (existing != null) {
            LogoField logoField = new LogoField("Client logo", existing.logoIfAny(), newLogo -> {
                logo = newLogo;
                logoChanged = true;
            });
            fields.add(logoField, 2);
        }
        add(fields);

        Button save = new Button(existing == null ? "Create client" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        ZoneId zone = Optional.ofNullable(timeZone.getValue()).map(ZoneId::of).orElse(null);
        String colourValue = colour.getValue().isBlank() ? null : colour.getValue().strip();
        ClientDraft draft = new ClientDraft(name.getValue(), displayName.getValue(), industry.getValue(), zone,
                colourValue);
        fireEvent(new SaveEvent(this, draft, logoChanged, logo));
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("name", name, "displayName", displayName, "industry", industry, "timeZone", timeZone,
                "primaryColour", colour));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ClientForm> {

        private final ClientDraft draft;

        private final boolean logoChanged;

        private final Logo logo;

        SaveEvent(ClientForm source, ClientDraft draft, boolean logoChanged, Logo logo) {
            super(source, false);
            this.draft = draft;
            this.logoChanged = logoChanged;
            this.logo = logo;
        }

        ClientDraft draft() {
            return draft;
        }

        boolean logoChanged() {
            return logoChanged;
        }

        Logo logo() {
            return logo;
        }

    }

}
