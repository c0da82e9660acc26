package io.plumbline.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.PasswordPolicy;
import java.util.Map;

/**
 * New password twice, optionally the current one; fires {@link SubmitEvent}, knows no
 * services.
 */
class PasswordForm extends FormLayout {

    private final PasswordField current = new PasswordField("Current password");

    private final PasswordField password = new PasswordField("New password");

    private final PasswordField confirmation = new PasswordField("Repeat the new password");

    PasswordForm(boolean askCurrent, String submitLabel) {
        current.setVisible(askCurrent);
        password.setHelperText("At least %d characters; a passphrase is best.".formatted(PasswordPolicy.MIN_LENGTH));
        password.setMinLength(PasswordPolicy.MIN_LENGTH);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button submit = new Button(submitLabel, e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(current, password, confirmation, submit);
    }

    private void submit() {
        current.setInvalid(false);
        password.setInvalid(false);
        confirmation.setInvalid(false);
        if (password.getValue().length() < PasswordPolicy.MIN_LENGTH) {
            fail(new InvalidInputException("newPassword",
                    "Use at least %d characters.".formatted(PasswordPolicy.MIN_LENGTH)));
        }
        else if (!password.getValue().equals(confirmation.getValue())) {
            fail(new InvalidInputException("confirmation", "The two new passwords differ."));
        }
        else {
            fireEvent(new SubmitEvent(this, current.getValue(), password.getValue()));
        }
    }

    void fail(InvalidInputException e) {
        Ui.showOn(e, Map.of("currentPassword", current, "newPassword", password, "confirmation", confirmation));
    }

    Registration addSubmitListener(com.vaadin.flow.component.ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<PasswordForm> {

        private final String currentPassword;

        private final String newPassword;

        SubmitEvent(PasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        String currentPassword() {
            return currentPassword;
        }

        String newPassword() {
            return newPassword;
        }

    }

}
