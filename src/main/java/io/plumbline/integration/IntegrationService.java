package io.plumbline.integration;

import io.plumbline.integration.IntegrationEvent.IntegrationArchived;
import io.plumbline.integration.IntegrationEvent.IntegrationChanged;
import io.plumbline.integration.IntegrationEvent.IntegrationRegistered;
import io.plumbline.integration.internal.Integration;
import io.plumbline.integration.internal.IntegrationRepository;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The integration registry: per client, keyed uniquely within the agency. */
@Service
public class IntegrationService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");

    private final IntegrationRepository integrations;

    private final ClientService clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    IntegrationService(IntegrationRepository integrations, ClientService clients, ApplicationEventPublisher events,
            Clock clock) {
        this.integrations = integrations;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every integration the current user may see: the agency's, or a client user's own
     * client's.
     */
    @Transactional(readOnly = true)
    public List<IntegrationDetails> list() {
        TenantScope scope = CurrentTenant.require();
        List<Integration> found = scope.isClientScope()
                ? integrations.findByAgencyIdAndClientIdOrderByNameAsc(scope.agency().value(), scope.client().value())
                : integrations.findByAgencyIdOrderByNameAsc(scope.agency().value());
        return found.stream()
            .map(Integration::details)
            .sorted(Comparator.comparing(IntegrationDetails::archived).thenComparing(IntegrationDetails::name))
            .toList();
    }

    @Transactional(readOnly = true)
    public List<IntegrationDetails> listForClient(ClientId client) {
        return list().stream().filter(i -> i.client().equals(client)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IntegrationDetails> find(IntegrationId id) {
        return load(CurrentTenant.require(), id).map(Integration::details);
    }

    /**
     * The integration with this key, if the current user may see it; other agencies' keys
     * are simply absent.
     */
    @Transactional(readOnly = true)
    public Optional<IntegrationDetails> findByKey(String key) {
        TenantScope scope = CurrentTenant.require();
        return integrations.findByAgencyIdAndKey(scope.agency().value(), key)
            .filter(i -> visible(scope, i))
            .map(Integration::details);
    }

    /**
     * The visible integrations among these keys, in one query; absent keys are simply
     * missing.
     */
    @Transactional(readOnly = true)
    public Map<String, IntegrationDetails> findByKeys(Collection<String> keys) {
        TenantScope scope = CurrentTenant.require();
        return integrations.findByAgencyIdAndKeyIn(scope.agency().value(), keys)
            .stream()
            .filter(i -> visible(scope, i))
            .map(Integration::details)
            .collect(Collectors.toMap(IntegrationDetails::key, i -> i));
    }

    /** The visible integrations among these ids, in one query. */
    @Transactional(readOnly = true)
    public Map<IntegrationId, IntegrationDetails> findAll(Collection<IntegrationId> ids) {
        TenantScope scope = CurrentTenant.require();
        return integrations
            .findByAgencyIdAndIdIn(scope.agency().value(), ids.stream().map(IntegrationId::value).toList())
            .stream()
            .filter(i -> visible(scope, i))
            .map(Integration::details)
            .collect(Collectors.toMap(IntegrationDetails::id, i -> i));
    }

    /**
     * Whether every one of these ids is an integration the caller may see, counted in the
     * database without loading them: what batch reads over thousands of integrations
     * check before they read their figures.
     */
    @Transactional(readOnly = true)
    public boolean allVisible(Collection<IntegrationId> ids) {
        TenantScope scope = CurrentTenant.require();
        List<UUID> distinct = ids.stream().map(IntegrationId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return true;
        }
        long found = scope.isClientScope() ? integrations.countByAgencyIdAndClientIdAndIdIn(scope.agency().value(),
                scope.client().value(), distinct)
                : integrations.countByAgencyIdAndIdIn(scope.agency().value(), distinct);
        return found == distinct.size();
    }

    @Transactional
    public IntegrationDetails register(IntegrationDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        validate(draft);
        if (integrations.existsByAgencyIdAndKey(scope.agency().value(), draft.key().strip())) {
            throw new InvalidInputException("key",
                    "The key '%s' is already used in your agency.".formatted(draft.key().strip()));
        }
        Integration integration = integrations
            .save(new Integration(new IntegrationId(UUID.randomUUID()), scope.agency(), draft, clock.instant()));
        IntegrationDetails details = integration.details();
        events.publishEvent(new IntegrationRegistered(scope.agency(), details.client(), details.id(), details.key()));
        return details;
    }

    @Transactional
    public IntegrationDetails update(IntegrationId id, IntegrationDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        validate(draft);
        Integration integration = loadOrFail(scope, id);
        if (integrations.existsByAgencyIdAndKeyAndIdNot(scope.agency().value(), draft.key().strip(), id.value())) {
            throw new InvalidInputException("key",
                    "The key '%s' is already used in your agency.".formatted(draft.key().strip()));
        }
        integration.apply(draft);
        IntegrationDetails details = integration.details();
        events.publishEvent(new IntegrationChanged(scope.agency(), details.client(), id, details.key()));
        return details;
    }

    @Transactional
    public void archive(IntegrationId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        Integration integration = loadOrFail(scope, id);
        integration.archive(clock.instant());
        IntegrationDetails details = integration.details();
        events.publishEvent(new IntegrationArchived(scope.agency(), details.client(), id, details.key()));
    }

    @Transactional
    public void restore(IntegrationId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        Integration integration = loadOrFail(scope, id);
        integration.restore();
        IntegrationDetails details = integration.details();
        events.publishEvent(new IntegrationChanged(scope.agency(), details.client(), id, details.key()));
    }

    /**
     * Owners, admins and analysts keep the registry; executives and client users read it.
     */

    private Optional<Integration> load(TenantScope scope, IntegrationId id) {
        return integrations.findByAgencyIdAndId(scope.agency().value(), id.value()).filter(i -> visible(scope, i));
    }

    private static boolean visible(TenantScope scope, Integration integration) {
        return !scope.isClientScope() || integration.details().client().equals(scope.client());
    }

    private Integration loadOrFail(TenantScope scope, IntegrationId id) {
        return load(scope, id).orElseThrow(() -> new NotFoundException("No such integration"));
    }

    private void validate(IntegrationDraft draft) {
        if (draft.client() == null || clients.find(draft.client()).isEmpty()) {
            throw new InvalidInputException("client", "Choose the client this integration serves.");
        }
        if (draft.key() == null || !KEY.matcher(draft.key().strip()).matches()) {
            throw new InvalidInputException("key",
                    "Use 3 to 64 lower-case letters, digits and hyphens, e.g. acme-hubspot.");
        }
        requireText(draft.name(), "name", "Enter a name.", 120);
        if (draft.category() == null) {
            throw new InvalidInputException("category", "Choose a category.");
        }
        requireText(draft.provider(), "provider", "Enter the provider, e.g. HubSpot.", 80);
        if (draft.baseUrl() != null && !draft.baseUrl().isBlank()) {
            try {
                URI uri = new URI(draft.baseUrl().strip());
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(draft.baseUrl(), "not http(s)");
                }
            }
            catch (URISyntaxException e) {
                throw new InvalidInputException("baseUrl",
                        "Enter a full http(s) address, e.g. https://api.hubapi.com.");
            }
        }
        if (draft.authType() == null) {
            throw new InvalidInputException("authType", "Choose how the API authenticates.");
        }
        if (draft.criticality() == null) {
            throw new InvalidInputException("criticality", "Choose a criticality.");
        }
        if (draft.quota() != null
                && (draft.quota().requests() <= 0 || draft.quota().window().compareTo(Duration.ofSeconds(1)) < 0)) {
            throw new InvalidInputException("quota",
                    "A quota needs a positive number of requests and a window of at least 1 s.");
        }
        if (draft.notes() != null && draft.notes().length() > 2000) {
            throw new InvalidInputException("notes", "Notes may have at most 2,000 characters.");
        }
    }

    private static void requireText(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "At most %d characters.".formatted(max));
        }
    }

}
