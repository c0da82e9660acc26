package io.plumbline.consent.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.plumbline.consent.PayloadContract;
import io.plumbline.shared.InvalidInputException;

/**
 * Edit an integration's payload contract (JSON Schema) or go back to the generated one;
 * fires events only.
 */
class ContractDialog extends Dialog {

    private final TextArea schema = new TextArea("JSON Schema");

    ContractDialog(String integrationName, PayloadContract contract) {
        setHeaderTitle("Payload contract of " + integrationName);
        setWidth("760px");
        add(new Paragraph(
                contract.generated() ? "Generated from the client's policy: it follows the policy until you edit it."
                        : "Edited: it no longer follows the client's policy."));
        schema.setValue(contract.jsonSchema());
        schema.setWidthFull();
        schema.setHeight("420px");
        schema.addClassName("pl-code");
        add(schema);
        Button save = new Button("Save contract", e -> fireEvent(new SaveEvent(this, schema.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Use the generated contract", e -> fireEvent(new SaveEvent(this, null)));
        reset.setEnabled(!contract.generated());
        getFooter().add(new Button("Cancel", e -> close()), reset, save);
    }

    void showError(InvalidInputException e) {
        schema.setErrorMessage(e.getMessage());
        schema.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** {@code schema} null: reset to the generated contract. */
    static class SaveEvent extends ComponentEvent<ContractDialog> {

        private final String schema;

        SaveEvent(ContractDialog source, String schema) {
            super(source, false);
            this.schema = schema;
        }

        String schema() {
            return schema;
        }

    }

}
