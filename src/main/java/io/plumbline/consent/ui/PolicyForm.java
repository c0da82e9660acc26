package io.plumbline.consent.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentPolicy;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.util.Map;
import java.util.Set;

/** The client's consent policy; fires {@link SaveEvent}, knows no services. */
class PolicyForm extends FormLayout {

    private final CheckboxGroup<ConsentField> required = new CheckboxGroup<>("Required on every record");

    private final NumberField target = new NumberField("Coverage target (%)");

    private final IntegerField maxAge = new IntegerField("Maximum consent age (days)");

    PolicyForm(ConsentPolicy policy, boolean editable) {
        required.setItems(ConsentField.values());
        required.setItemLabelGenerator(ConsentField::label);
        required.setValue(policy.required());
        target.setValue(policy.targetPercent());
        target.setStep(0.1);
        maxAge.setValue(policy.maxAgeDays());
        maxAge.setHelperText("Older consents count as stale");
        add(required, 2);
        add(target, maxAge);
        required.setReadOnly(!editable);
        target.setReadOnly(!editable);
        maxAge.setReadOnly(!editable);
        if (editable) {
            Button save = new Button("Save policy", e -> fireEvent(new SaveEvent(this)));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("required", required, "target", target, "maxAge", maxAge));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<PolicyForm> {

        SaveEvent(PolicyForm source) {
            super(source, false);
        }

        Set<ConsentField> required() {
            return getSource().required.getValue();
        }

        double target() {
            return getSource().target.getValue() == null ? Double.NaN : getSource().target.getValue();
        }

        int maxAge() {
            return getSource().maxAge.getValue() == null ? 0 : getSource().maxAge.getValue();
        }

    }

}
