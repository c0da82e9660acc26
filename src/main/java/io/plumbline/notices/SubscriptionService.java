package io.plumbline.notices;

import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.notices.internal.NoticeMailOutbox;
import io.plumbline.notices.internal.SubscriptionStore;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail subscriptions of client users to service notices. A signed-in client user
 * subscribes (to all integrations or chosen ones), changes or ends the own subscription;
 * every mail carries a one-click unsubscribe link whose random token (256 bits, kept as
 * is since queued mails carry it) names one subscription and works without signing in.
 */
@Service
public class SubscriptionService {

    private static final Role[] CLIENT_USERS = { Role.CLIENT_ADMIN, Role.CLIENT_VIEWER };

    private final SubscriptionStore store;

    private final NoticeMailOutbox outbox;

    private final IntegrationService integrations;

    private final Clock clock;

    private final TransactionTemplate transactions;

    SubscriptionService(SubscriptionStore store, NoticeMailOutbox outbox, IntegrationService integrations, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.outbox = outbox;
        this.integrations = integrations;
        this.clock = clock;
    }

    /** The signed-in client user's subscription, if any. */
    @Transactional(readOnly = true)
    public Optional<NoticeSubscription> mine() {
        TenantMember member = requireClientUser();
        return store.find(member.scope(), member.userId()).map(SubscriptionStore.Row::subscription);
    }

    /**
     * Subscribes the signed-in client user, or changes the integrations of the existing
     * subscription (its unsubscribe link stays the same).
     */
    @Transactional
    public NoticeSubscription subscribe(NoticeSubscription wanted) {
        TenantMember member = requireClientUser();
        TenantScope scope = member.scope();
        if (!wanted.allIntegrations()) {
            if (wanted.integrations().isEmpty()) {
                throw new InvalidInputException("integrations", "Choose at least one integration, or all of them.");
            }
            Set<IntegrationId> own = integrations.listForClient(scope.client())
                .stream()
                .map(IntegrationDetails::id)
                .collect(Collectors.toSet());
            if (!own.containsAll(wanted.integrations())) {
                throw new InvalidInputException("integrations", "Choose among your own integrations.");
            }
        }
        store.upsert(scope, member.userId(), wanted, Secrets.urlToken(), clock.instant());
        return wanted;
    }

    /** Ends the signed-in client user's subscription: no more notice mails. */
    @Transactional
    public void unsubscribe() {
        TenantMember member = requireClientUser();
        store.delete(member.scope(), member.userId());
    }

    /** Whether an unsubscribe token names a live subscription (no sign-in needed). */
    public boolean knowsToken(String token) {
        return store.tenantOf(token).isPresent();
    }

    /**
     * Ends the subscription the token names, in that token's tenant; false when no
     * subscription has this token (unknown, or already ended).
     */
    public boolean unsubscribeByToken(String token) {
        return store.tenantOf(token)
            .map(scope -> CurrentTenant.callAs(scope,
                    () -> Boolean.TRUE.equals(transactions.execute(status -> store.deleteByToken(scope, token)))))
            .orElse(false);
    }

    /** The notice mails sent (or not) to the signed-in client user, newest first. */
    @Transactional(readOnly = true)
    public List<NoticeMailStatus> myMails() {
        TenantMember member = requireClientUser();
        return outbox.recent(member.scope(), member.userId(), 10);
    }

    private static TenantMember requireClientUser() {
        Access.require(CLIENT_USERS);
        TenantMember member = CurrentTenant.member()
            .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                    "Only a signed-in client user has notice subscriptions"));
        if (!member.scope().isClientScope()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only client users subscribe to notice mails");
        }
        return member;
    }

}
