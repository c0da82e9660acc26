package io.plumbline.sla.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.tenancy.ClientDetails;
import java.util.List;
import java.util.Map;

/** Create or edit an SLA; knows no services. */
class SlaForm extends EditorDialog<SlaDraft> {

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final TextField name = new TextField("Name");

    private final ObjectivesFields objectives = new ObjectivesFields();

    private final Select<EvaluationWindow> window = new Select<>();

    SlaForm(SlaDetails existing, List<ClientDetails> clients, List<IntegrationDetails> integrations) {
        super(existing == null ? "New SLA" : "Edit " + existing.name(), existing == null ? "Create" : "Save");
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
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    @Override
    protected SlaDraft draft() {
        return new SlaDraft(client.getValue() == null ? null : client.getValue().id(),
                integration.getValue() == null ? null : integration.getValue().id(), name.getValue(),
                objectives.getValue(), window.getValue());
    }

    @Override
    protected Map<String, HasValue<?, ?>> fieldsByName() {
        return objectives
            .fieldsByName(Map.of("client", client, "integration", integration, "name", name, "window", window));
    }

}
