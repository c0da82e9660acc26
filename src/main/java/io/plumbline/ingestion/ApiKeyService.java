package io.plumbline.ingestion;

import io.plumbline.ingestion.internal.ApiKey;
import io.plumbline.ingestion.internal.ApiKeyRepository;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agency API keys for machines: random, shown once, stored as SHA-256, scoped to the
 * agency or to one client, revocable. Owners and admins manage them.
 */
@Service
public class ApiKeyService {

    private final ApiKeyRepository keys;

    private final ClientService clients;

    private final Clock clock;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    ApiKeyService(ApiKeyRepository keys, ClientService clients, Clock clock,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.keys = keys;
        this.events = events;
        this.clients = clients;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public List<ApiKeyDetails> list() {
        TenantScope scope = Access.requireAgencyManager();
        return keys.findByAgencyIdOrderByCreatedAtDesc(scope.agency().value()).stream().map(ApiKey::details).toList();
    }

    @Transactional
    public IssuedApiKey create(String name, ClientId client) {
        TenantScope scope = Access.requireAgencyManager();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException("name", "Name the key after what uses it, in at most 80 characters.");
        }
        if (client != null && clients.find(client).isEmpty()) {
            throw new InvalidInputException("client", "Choose one of your clients, or none for an agency-wide key.");
        }
        String secret = "pl_" + Secrets.urlToken();
        String creator = CurrentTenant.member().map(TenantMember::email).orElse("system");
        ApiKey key = keys.save(new ApiKey(scope.agency(), client, name.strip(), secret.substring(0, 11),
                Secrets.sha256(secret), creator, clock.instant()));
        events.publishEvent(
                new ApiKeyEvent.ApiKeyCreated(scope.agency(), client, key.details().name(), key.details().prefix()));
        return new IssuedApiKey(key.details(), secret);
    }

    /**
     * Demo data only: registers a key whose value the operator chose
     * (PLUMBLINE_DEMO_API_KEY).
     */
    @Transactional
    public ApiKeyDetails registerChosenKey(String name, String secret) {
        if (!CurrentTenant.isExplicit() || CurrentTenant.member().isPresent()) {
            throw new AccessDeniedException("Only system work registers chosen keys");
        }
        if (secret.length() < 20) {
            throw new InvalidInputException("secret", "A key needs at least 20 characters.");
        }
        AgencyId agency = CurrentTenant.require().agency();
        return keys
            .save(new ApiKey(agency, null, name, secret.substring(0, Math.min(11, secret.length())),
                    Secrets.sha256(secret), "system", clock.instant()))
            .details();
    }

    @Transactional
    public void revoke(ApiKeyId id) {
        TenantScope scope = Access.requireAgencyManager();
        ApiKey key = keys.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such API key"));
        key.revoke(clock.instant());
        ApiKeyDetails details = key.details();
        events.publishEvent(
                new ApiKeyEvent.ApiKeyRevoked(scope.agency(), details.client(), details.name(), details.prefix()));
    }

    /**
     * The principal of an active key; empty for unknown or revoked keys (same answer for
     * both).
     */
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(presented.strip());
        // Its use is recorded by the API's rate limiter, in the statement that counts the
        // request.
        return CurrentTenant.callForApiKey(hash, () -> transactions
            .execute(status -> keys.findByHash(hash).filter(ApiKey::active).map(ApiKey::principal)));
    }

}
