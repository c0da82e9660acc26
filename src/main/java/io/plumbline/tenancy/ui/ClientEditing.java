package io.plumbline.tenancy.ui;

import io.plumbline.shared.InvalidInputException;
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
        form.addSaveListener(event -> {
            try {
                ClientDetails saved = existing == null ? clients.create(event.draft())
                        : clients.update(existing.id(), event.draft());
                if (event.logoChanged()) {
                    saved = clients.changeLogo(saved.id(), event.logo());
                }
                form.close();
                Ui.success("Saved " + saved.name());
                afterSave.accept(saved);
            }
            catch (InvalidInputException e) {
                form.showError(e);
            }
        });
        form.open();
    }

}
