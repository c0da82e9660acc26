package io.plumbline.vendorstatus.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.shared.ui.Ui;
import io.plumbline.vendorstatus.ProviderComponent;
import io.plumbline.vendorstatus.StatusPageLink;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Name an integration's provider status page and, from the components the page lists, the
 * one the integration depends on. The form knows no service: loading the components is a
 * function the view passes.
 */
class StatusPageForm extends EditorDialog<StatusPageForm.Draft> {

    record Draft(String url, ProviderComponent component) {
    }

    private final TextField url = new TextField("Status page");

    private final ComboBox<ProviderComponent> component = new ComboBox<>("Component");

    StatusPageForm(String integrationName, StatusPageLink existing,
            Function<String, List<ProviderComponent>> loadComponents) {
        super("Provider status page of " + integrationName, "Save");
        setWidth("640px");
        url.setPlaceholder("https://status.hubspot.com");
        url.setHelperText("An Atlassian Statuspage (it answers /api/v2/summary.json).");
        url.setRequired(true);
        url.setWidthFull();
        component.setItemLabelGenerator(c -> c.label() + " (" + ProviderComponent.words(c.status()) + ")");
        component.setPlaceholder("Whole page");
        component.setHelperText("Empty: every incident of the page counts.");
        component.setClearButtonVisible(true);
        component.setWidthFull();
        component.setEnabled(false);
        Button load = new Button("Load components", e -> {
            try {
                List<ProviderComponent> found = loadComponents.apply(url.getValue());
                component.setItems(found);
                component.setEnabled(true);
                url.setInvalid(false);
                Ui.success(found.size() + " components found");
            }
            catch (InvalidInputException refusal) {
                Ui.showOn(refusal, fieldsByName());
            }
        });
        load.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (existing != null) {
            url.setValue(existing.baseUrl());
            if (!existing.wholePage()) {
                ProviderComponent current = new ProviderComponent(existing.componentId(), existing.componentName(),
                        null, "operational", null);
                component.setItems(List.of(current));
                component.setValue(current);
                component.setEnabled(true);
            }
        }
        Paragraph hint = new Paragraph("Polled every few minutes through the outbound guard; a page on a private "
                + "address needs an allow-list entry like a monitor.");
        hint.addClassName("pl-muted");
        FormLayout form = new FormLayout(url, load, component);
        form.setColspan(url, 2);
        form.setColspan(component, 2);
        add(form, hint);
    }

    @Override
    protected Draft draft() {
        return new Draft(url.getValue(), component.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("statusPage", url, "component", component);
    }

}
