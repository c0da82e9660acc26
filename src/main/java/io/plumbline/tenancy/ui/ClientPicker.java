package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** Chooses one of the current agency's clients; views that filter by client share it. */
@NamedInterface("client-picker")
public class ClientPicker extends ComboBox<ClientDetails> {

    private final List<ClientDetails> clients;

    public ClientPicker(String label, List<ClientDetails> clients) {
        super(label);
        this.clients = List.copyOf(clients);
        setItems(this.clients);
        setItemLabelGenerator(ClientDetails::name);
    }

    /**
     * Selects the client named by {@code ?client=<id>}, if it is one offered here: an id
     * of another agency, or nonsense, selects nothing.
     */
    public Optional<ClientDetails> selectFrom(QueryParameters query) {
        Optional<ClientDetails> chosen = query.getSingleParameter("client")
            .flatMap(ClientId::parse)
            .flatMap(id -> clients.stream().filter(c -> c.id().equals(id)).findFirst());
        chosen.ifPresent(this::setValue);
        return chosen;
    }

    public List<ClientDetails> clients() {
        return clients;
    }

}
