package io.plumbline.sla.ui;

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
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.tenancy.ClientDetails;
import java.util.List;
import java.util.Map;

/** Create or edit an SLA. Fires {@link SaveEvent}; knows no services. */
class SlaForm extends Dialog {

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final TextField name = new TextField("Name");

    private final ObjectivesFields objectives = new ObjectivesFields();

    private final Select<EvaluationWindow> window = new Select<>();

    SlaForm(SlaDetails existing, List<ClientDetails> clients, List<IntegrationDetails> integrations) {
        setHeaderTitle(existing == null ? "New SLA" : "Edit " + existing.name());
        setWidth("720px");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setRequired(true);
        client.setReadOnly(existing != null);
        integration.setItemLabelGenerator(IntegrationDetails::name);
        integration.setPlaceholder("All of the client's integrations");
        integration.setClearButtonVisible(true);
        client.addValueChangeListener(e -> {
            integration.clear();
            integration.setItems(e.getValue() == null ? List.of()
                    : integrations.stream().filter(i -> i.client().equals(e.getValue().id())).toList());
        });
        name.setRequired(true);
        window.setLabel("Evaluation window");
        window.setItems(EvaluationWindow.values());
        window.setItemLabelGenerator(EvaluationWindow::label);
        window.setValue(EvaluationWindow.CALENDAR_MONTH);
        if (existing != null) {
            clients.stream().filter(c -> c.id().equals(existing.client())).findFirst().ifPresent(client::setValue);
            integrations.stream()
                .filter(i -> i.id().equals(existing.integration()))
                .findFirst()
                .ifPresent(integration::setValue);
            name.setValue(existing.name());
            objectives.setValue(existing.objectives());
            window.setValue(existing.window());
        }
        FormLayout form = new FormLayout(client, integration, name, window);
        objectives.addTo(form);
        add(form);
        Button save = new Button(existing == null ? "Create" : "Save",
                e -> fireEvent(new SaveEvent(this,
                        new SlaDraft(client.getValue() == null ? null : client.getValue().id(),
                                integration.getValue() == null ? null : integration.getValue().id(), name.getValue(),
                                objectives.getValue(), window.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, objectives
            .fieldsByName(Map.of("client", client, "integration", integration, "name", name, "window", window)));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<SlaForm> {

        private final SlaDraft draft;

        SaveEvent(SlaForm source, SlaDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        SlaDraft draft() {
            return draft;
        }

    }

}
