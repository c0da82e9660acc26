package io.plumbline.notices;

import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.notices.NoticeEvent.FeedTokenIssued;
import io.plumbline.notices.NoticeEvent.FeedTokenRevoked;
import io.plumbline.notices.internal.AtomFeed;
import io.plumbline.notices.internal.FeedDirectory;
import io.plumbline.notices.internal.FeedRepository;
import io.plumbline.notices.internal.FeedRow;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.Secrets;
import io.plumbline.sla.AnnouncedMaintenance;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret Atom feed of each client: its published incidents with their updates and its
 * announced maintenance. The address carries a random 256-bit token (only its hash is
 * stored); the client's own users and the agency's owners, admins and analysts make a new
 * one (the old one stops working) or revoke it. Reading the feed needs no session: the
 * token names the agency and client, and everything is read in that tenant.
 */
@Service
public class FeedService {

    private static final Role[] MAY_MANAGE = { Role.OWNER, Role.ADMIN, Role.ANALYST, Role.CLIENT_ADMIN,
            Role.CLIENT_VIEWER };

    private final FeedRepository feeds;

    private final FeedDirectory directory;

    private final ClientService clients;

    private final AgencyService agencies;

    private final IncidentService incidents;

    private final SlaService slas;

    private final IntegrationService integrations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    FeedService(FeedRepository feeds, FeedDirectory directory, ClientService clients, AgencyService agencies,
            IncidentService incidents, SlaService slas, IntegrationService integrations,
            ApplicationEventPublisher events, Clock clock) {
        this.feeds = feeds;
        this.directory = directory;
        this.clients = clients;
        this.agencies = agencies;
        this.incidents = incidents;
        this.slas = slas;
        this.integrations = integrations;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the client has a live feed address. */
    @Transactional(readOnly = true)
    public FeedStatus status(ClientId client) {
        TenantScope scope = requireFor(client);
        return feeds.findByAgencyIdAndClientId(scope.agency().value(), client.value())
            .map(FeedRow::status)
            .orElse(FeedStatus.none());
    }

    /**
     * Makes a new feed token for the client and returns it (shown once; only its hash is
     * kept). Any earlier address stops working at once.
     */
    @Transactional
    public String issue(ClientId client) {
        TenantScope scope = requireFor(client);
        String token = Secrets.urlToken();
        feeds.findByAgencyIdAndClientId(scope.agency().value(), client.value()).ifPresent(old -> {
            feeds.delete(old);
            feeds.flush();
        });
        feeds.save(new FeedRow(scope.agency(), client, Secrets.sha256(token), clock.instant(), actor()));
        events.publishEvent(new FeedTokenIssued(scope.agency(), client, actor()));
        return token;
    }

    /** Ends the feed address: it answers "not found" from now on. */
    @Transactional
    public void revoke(ClientId client) {
        TenantScope scope = requireFor(client);
        feeds.findByAgencyIdAndClientId(scope.agency().value(), client.value()).ifPresent(row -> {
            feeds.delete(row);
            events.publishEvent(new FeedTokenRevoked(scope.agency(), client, actor()));
        });
    }

    /**
     * The Atom document of the feed the token names, with links under {@code baseUrl};
     * empty for an unknown or revoked token. No signed-in user is needed or used: the
     * token's agency and client are the tenant every read runs in.
     */
    public Optional<String> feed(String token, String baseUrl) {
        return directory.tenantOf(token).map(scope -> CurrentTenant.callAs(scope, () -> {
            ClientId client = scope.client();
            ClientDetails details = clients.find(client)
                .orElseThrow(() -> new NotFoundException("No client for this feed"));
            AgencyService.PortalBranding branding = agencies.portalBranding();
            Map<IntegrationId, String> names = integrations.listForClient(client)
                .stream()
                .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
            List<PublishedIncident> published = incidents.published(client);
            List<AnnouncedMaintenance> maintenance = slas.announcedMaintenance(client);
            return new AtomFeed(baseUrl, token, details, branding.agency().displayName(), names, clock.instant())
                .render(published, maintenance);
        }));
    }

    private TenantScope requireFor(ClientId client) {
        TenantScope scope = Access.require(MAY_MANAGE);
        if (scope.isClientScope() ? !scope.client().equals(client) : clients.find(client).isEmpty()) {
            throw new NotFoundException("No such client");
        }
        return scope;
    }

    private static String actor() {
        return CurrentTenant.member().map(TenantMember::email).orElse("Plumbline");
    }

}
