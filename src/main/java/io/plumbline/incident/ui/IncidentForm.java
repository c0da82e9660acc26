package io.plumbline.incident.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Open an incident by hand, or edit its title, severity and affected integrations.
 */
class IncidentForm extends EditorDialog<IncidentDraft> {

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final TextField title = new TextField("Title");

    private final Select<IncidentSeverity> severity = new Select<>();

    private final MultiSelectComboBox<IntegrationDetails> integrations = new MultiSelectComboBox<>(
            "Affected integrations");

    private final DateTimePicker detectedAt = new DateTimePicker("Fault began (UTC)");

    private final TextArea note = new TextArea("What was seen");

    IncidentForm(IncidentDetails existing, List<ClientDetails> clients, List<IntegrationDetails> allIntegrations) {
        super(existing == null ? "New incident" : "Edit " + existing.title(),
                existing == null ? "Open incident" : "Save");
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
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    @Override
    protected IncidentDraft draft() {
        return new IncidentDraft(client.getValue() == null ? null : client.getValue().id(), title.getValue(),
                severity.getValue(),
                integrations.getValue().stream().map(IntegrationDetails::id).collect(Collectors.<IntegrationId>toSet()),
                detectedAt.getValue() == null ? null : detectedAt.getValue().toInstant(ZoneOffset.UTC),
                note.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("client", client, "title", title, "severity", severity, "integrations", integrations,
                "detectedAt", detectedAt, "note", note);
    }

}
