package io.plumbline.tenancy;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.TenancyEvent.ClientArchived;
import io.plumbline.tenancy.TenancyEvent.ClientCreated;
import io.plumbline.tenancy.TenancyEvent.ClientRestored;
import io.plumbline.tenancy.TenancyEvent.ClientUpdated;
import io.plumbline.tenancy.internal.Client;
import io.plumbline.tenancy.internal.ClientRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients of the current agency; a client user only ever sees their own. */
@Service
public class ClientService {

    private final ClientRepository clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClientService(ClientRepository clients, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ClientDetails> list(boolean includeArchived) {
        TenantScope scope = CurrentTenant.require();
        if (scope.isClientScope()) {
            return find(scope.client()).stream().toList();
        }
        UUID agency = scope.agency().value();
        List<Client> found = includeArchived ? clients.findByAgencyIdOrderByNameAsc(agency)
                : clients.findByAgencyIdAndArchivedAtIsNullOrderByNameAsc(agency);
        return found.stream().map(Client::details).toList();
    }

    /** Empty for an id of another agency or, for a client user, of another client. */
    @Transactional(readOnly = true)
    public Optional<ClientDetails> find(ClientId id) {
        return load(CurrentTenant.require(), id).map(Client::details);
    }

    @Transactional
    public ClientDetails create(ClientDraft draft) {
        TenantScope scope = Access.requireAgencyManager();
        validate(draft);
        if (clients.existsByAgencyIdAndNameIgnoreCase(scope.agency().value(), draft.name().strip())) {
            throw new InvalidInputException("name",
                    "A client named '%s' already exists.".formatted(draft.name().strip()));
        }
        Client client = clients
            .save(new Client(new ClientId(UUID.randomUUID()), scope.agency(), draft, clock.instant()));
        events.publishEvent(new ClientCreated(scope.agency(), client.id(), client.name()));
        return client.details();
    }

    @Transactional
    public ClientDetails update(ClientId id, ClientDraft draft) {
        TenantScope scope = Access.requireAgencyManager();
        validate(draft);
        Client client = loadOrFail(scope, id);
        if (clients.existsByAgencyIdAndNameIgnoreCaseAndIdNot(scope.agency().value(), draft.name().strip(),
                id.value())) {
            throw new InvalidInputException("name",
                    "A client named '%s' already exists.".formatted(draft.name().strip()));
        }
        client.apply(draft);
        events.publishEvent(new ClientUpdated(scope.agency(), id, client.name()));
        return client.details();
    }

    @Transactional
    public ClientDetails changeLogo(ClientId id, Logo logo) {
        TenantScope scope = Access.requireAgencyManager();
        Client client = loadOrFail(scope, id);
        client.replaceLogo(logo);
        events.publishEvent(new ClientUpdated(scope.agency(), id, client.name()));
        return client.details();
    }

    @Transactional
    public void archive(ClientId id) {
        TenantScope scope = Access.requireAgencyManager();
        Client client = loadOrFail(scope, id);
        client.archive(clock.instant());
        events.publishEvent(new ClientArchived(scope.agency(), id, client.name()));
    }

    @Transactional
    public void restore(ClientId id) {
        TenantScope scope = Access.requireAgencyManager();
        Client client = loadOrFail(scope, id);
        client.restore();
        events.publishEvent(new ClientRestored(scope.agency(), id, client.name()));
    }

    private Optional<Client> load(TenantScope scope, ClientId id) {
        if (scope.isClientScope() && !scope.client().equals(id)) {
            return Optional.empty();
        }
        return clients.findByAgencyIdAndId(scope.agency().value(), id.value());
    }

    private Client loadOrFail(TenantScope scope, ClientId id) {
        return load(scope, id).orElseThrow(() -> new NotFoundException("No such client"));
    }

    private static void validate(ClientDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "Enter the client's name.");
        }
        if (draft.name().strip().length() > 120) {
            throw new InvalidInputException("name", "The name may have at most 120 characters.");
        }
        if (draft.displayName() != null && draft.displayName().strip().length() > 120) {
            throw new InvalidInputException("displayName", "The display name may have at most 120 characters.");
        }
        if (draft.industry() == null) {
            throw new InvalidInputException("industry", "Choose an industry.");
        }
        if (draft.timeZone() == null) {
            throw new InvalidInputException("timeZone", "Choose a time zone.");
        }
        if (draft.primaryColour() != null && !Branding.isColour(draft.primaryColour())) {
            throw new InvalidInputException("primaryColour", "Use a colour like #1f5fbf.");
        }
    }

}
