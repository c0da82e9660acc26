package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Logo;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Create or edit a client, including its branding; knows no services.
 */
class ClientForm extends EditorDialog<ClientForm.Edit> {

    private final TextField name = new TextField("Name");

    private final TextField displayName = new TextField("Display name in the portal");

    private final Select<Industry> industry = new Select<>();

    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");

    private final ColourField colour = new ColourField("Primary colour (optional)");

    private boolean logoChanged;

    private Logo logo;

    ClientForm(ClientDetails existing) {
        super(existing == null ? "New client" : "Edit " + existing.name(), existing == null ? "Create client" : "Save");
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
    }

    @Override
    protected Edit draft() {
        ZoneId zone = Optional.ofNullable(timeZone.getValue()).map(ZoneId::of).orElse(null);
        String colourValue = colour.getValue().isBlank() ? null : colour.getValue().strip();
        return new Edit(
                new ClientDraft(name.getValue(), displayName.getValue(), industry.getValue(), zone, colourValue),
                logoChanged, logo);
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("name", name, "displayName", displayName, "industry", industry, "timeZone", timeZone,
                "primaryColour", colour);
    }

    /** The client's fields, and its logo when the form changed it (null removes it). */
    record Edit(ClientDraft draft, boolean logoChanged, Logo logo) {
    }

}
