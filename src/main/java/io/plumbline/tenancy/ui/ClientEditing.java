package io.plumbline.tenancy.ui;

import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.util.function.Consumer;

/**
 * Opens the client form and applies what it saves; shared by the list and the detail
 * view.
 */
final class ClientEditing {

    private ClientEditing() {
    }

    static void open(ClientService clients, ClientDetails existing, Consumer<ClientDetails> afterSave) {
        ClientForm form = new ClientForm(existing);
        form.onSave(edit -> {
            ClientDetails saved = existing == null ? clients.create(edit.draft())
                    : clients.update(existing.id(), edit.draft());
            if (edit.logoChanged()) {
                saved = clients.changeLogo(saved.id(), edit.logo());
            }
            Ui.success("Saved " + saved.name());
            afterSave.accept(saved);
        });
        form.open();
    }

}
