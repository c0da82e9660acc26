package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import java.util.List;
import java.util.Map;

/**
 * A new agency or client user, and how they get their first password. Fires
 * {@link SaveEvent}.
 */
class NewUserForm extends Dialog {

    enum Onboarding {

        ONE_TIME_PASSWORD, INVITE_LINK

    }

    private final EmailField email = new EmailField("E-mail");

    private final TextField displayName = new TextField("Name");

    private final Select<Role> role = new Select<>();

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final RadioButtonGroup<Onboarding> onboarding = new RadioButtonGroup<>("First sign-in");

    NewUserForm(List<Role> grantable, List<ClientDetails> clients) {
        setHeaderTitle("New user");
        setWidth("560px");
        email.setRequired(true);
        role.setLabel("Role");
        role.setItems(grantable);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.ANALYST);
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setHelperText("Client users see only this client's portal");
        client.setVisible(false);
        role.addValueChangeListener(e -> client.setVisible(e.getValue() != null && e.getValue().isClientRole()));
        onboarding.setItems(Onboarding.values());
        onboarding.setItemLabelGenerator(o -> o == Onboarding.ONE_TIME_PASSWORD
                ? "One-time password (you pass it on; it must be changed at first sign-in)"
                : "Invitation link (the user chooses their password)");
        onboarding.setValue(Onboarding.INVITE_LINK);
        FormLayout fields = new FormLayout(email, displayName, role, client);
        fields.add(onboarding, 2);
        add(fields);
        Button create = new Button("Create user",
                e -> fireEvent(
                        new SaveEvent(this,
                                new NewUser(email.getValue(), displayName.getValue(), role.getValue(),
                                        client.getValue() == null ? null : client.getValue().id()),
                                onboarding.getValue())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("email", email, "displayName", displayName, "role", role, "client", client));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewUserForm> {

        private final NewUser request;

        private final Onboarding onboarding;

        SaveEvent(NewUserForm source, NewUser request, Onboarding onboarding) {
            super(source, false);
            this.request = request;
            this.onboarding = onboarding;
        }

        NewUser request() {
            return request;
        }

        Onboarding onboarding() {
            return onboarding;
        }

    }

}
