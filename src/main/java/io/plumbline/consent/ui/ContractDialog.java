package io.plumbline.consent.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.plumbline.consent.PayloadContract;
import io.plumbline.shared.ui.EditorDialog;
import java.util.Map;

/**
 * Edit an integration's payload contract (JSON Schema) or go back to the generated one
 * (the draft is then null); knows no services.
 */
class ContractDialog extends EditorDialog<String> {

    private final TextArea schema = new TextArea("JSON Schema");

    ContractDialog(String integrationName, PayloadContract contract) {
        super("Payload contract of " + integrationName, "Save contract");
        setWidth("760px");
        add(new Paragraph(
                contract.generated() ? "Generated from the client's policy: it follows the policy until you edit it."
                        : "Edited: it no longer follows the client's policy."));
        schema.setValue(contract.jsonSchema());
        schema.setWidthFull();
        schema.setHeight("420px");
        schema.addClassName("pl-code");
        add(schema);
        Button reset = new Button("Use the generated contract", e -> save(() -> null));
        reset.setEnabled(!contract.generated());
        getFooter().addComponentAtIndex(1, reset);
    }

    @Override
    protected String draft() {
        return schema.getValue();
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("schema", schema);
    }

}
