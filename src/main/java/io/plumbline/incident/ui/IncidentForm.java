package io.plumbline.incident.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Open an incident by hand, or edit its title, severity and affected integrations. Fires
 * {@link SaveEvent}.
 */
class IncidentForm extends Dialog {

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final TextField title = new TextField("Title");

    private final Select<IncidentSeverity> severity = new Select<>();

    private final MultiSelectComboBox<IntegrationDetails> integrations = new MultiSelectComboBox<>(
            "Affected integrations");

    private final DateTimePicker detectedAt = new DateTimePicker("Fault began (UTC)");

    private final TextArea note = new TextArea("What was seen");

    IncidentForm(IncidentDetails existing, List<ClientDetails> clients, List<IntegrationDetails> allIntegrations) {
        setHeaderTitle(existing == null ? "New incident" : "Edit " + existing.title());
        setWidth("720px");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setRequired(true);
        client.setReadOnly(existing != null);
        client.addValueChangeListener(e -> {
            integrations.clear();
            integrations.setItems(e.getValue() == null ? List.of()
                    : allIntegrations.stream().filter(i -> i.client().equals(e.getValue().id())).toList());
        });
        integrations.setItemLabelGenerator(IntegrationDetails::name);
        title.setRequired(true);
        title.setMaxLength(200);
        severity.setLabel("Severity");
        severity.setItems(IncidentSeverity.values());
        severity.setItemLabelGenerator(IncidentSeverity::label);
        severity.setValue(IncidentSeverity.MAJOR);
        detectedAt.setHelperText("Empty means now");
        FormLayout form = new FormLayout(client, title, severity, integrations);
        if (existing == null) {
            form.add(detectedAt, note);
        }
        else {
            clients.stream().filter(c -> c.id().equals(existing.client())).findFirst().ifPresent(client::setValue);
            title.setValue(existing.title());
            severity.setValue(existing.severity());
            integrations.setValue(allIntegrations.stream()
                .filter(i -> existing.integrations().contains(i.id()))
                .collect(Collectors.toSet()));
        }
        add(form);
        Button save = new Button(existing == null ? "Open incident" : "Save",
                e -> fireEvent(new SaveEvent(this,
                        new IncidentDraft(client.getValue() == null ? null : client.getValue().id(), title.getValue(),
                                severity.getValue(),
                                integrations.getValue()
                                    .stream()
                                    .map(IntegrationDetails::id)
                                    .collect(Collectors.<IntegrationId>toSet()),
                                detectedAt.getValue() == null ? null : detectedAt.getValue().toInstant(ZoneOffset.UTC),
                                note.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("client", client, "title", title, "severity", severity, "integrations", integrations,
                "detectedAt", detectedAt, "note", note));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<IncidentForm> {

        private final IncidentDraft draft;

        SaveEvent(IncidentForm source, IncidentDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        IncidentDraft draft() {
            return draft;
        }

    }

}
