package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.NewUser;
import io.plumbline.tenancy.Role;
import java.util.List;
import java.util.Map;

/**
 * A new agency or client user, and how they get their first password.
 */
class NewUserForm extends EditorDialog<NewUserForm.Request> {

    enum Onboarding {

        ONE_TIME_PASSWORD, INVITE_LINK

    }

    private final EmailField email = new EmailField("E-mail");

    private final TextField displayName = new TextField("Name");

    private final Select<Role> role = new Select<>();

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final RadioButtonGroup<Onboarding> onboarding = new RadioButtonGroup<>("First sign-in");

    NewUserForm(List<Role> grantable, List<ClientDetails> clients) {
        super("New user", "Create user");
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
    }

    @Override
    protected Request draft() {
        return new Request(new NewUser(email.getValue(), displayName.getValue(), role.getValue(),
                client.getValue() == null ? null : client.getValue().id()), onboarding.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("email", email, "displayName", displayName, "role", role, "client", client);
    }

    /** The user to create and how they get their first password. */
    record Request(NewUser user, Onboarding onboarding) {
    }

}
