package io.plumbline.status;

import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.MetricsService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.Secrets;
import io.plumbline.sla.ClientUptime;
import io.plumbline.sla.Interval;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.status.internal.LiveStatusRules;
import io.plumbline.status.internal.StatusOverrideRepository;
import io.plumbline.status.internal.StatusOverrideRow;
import io.plumbline.status.internal.StatusPageRepository;
import io.plumbline.status.internal.StatusPageRow;
import io.plumbline.status.internal.StatusTokenLookup;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live status, the agency's overrides, uptime strips and the public status page
 * (docs/status.md). Reads are scoped like every service: agency staff see their agency's
 * clients, a client user only their own; the public page names its tenant explicitly
 * after resolving its token.
 */
@Service
public class StatusService {

    /** Days in the uptime strips. */
    public static final int STRIP_DAYS = 90;

    public static final int NOTE_MAX = 500;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ClientService clients;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final IncidentService incidents;

    private final StatusOverrideRepository overrides;

    private final StatusPageRepository pages;

    private final StatusTokenLookup tokens;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate readOnly;

    private final Clock clock;

    StatusService(ClientService clients, IntegrationService integrations, MetricsService metrics, SlaService slas,
            SlaEvaluationService compliance, IncidentService incidents, StatusOverrideRepository overrides,
            StatusPageRepository pages, StatusTokenLookup tokens, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.clients = clients;
        this.integrations = integrations;
        this.metrics = metrics;
        this.slas = slas;
        this.compliance = compliance;
        this.incidents = incidents;
        this.overrides = overrides;
        this.pages = pages;
        this.tokens = tokens;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    // ---- live status

    /**
     * The live status of the client's active integrations: maintenance in progress, else
     * the agency's override while active, else measured from the last
     * {@link LiveStatusRules#WINDOW} of minute rollups and synthetic checks.
     */
    @Transactional(readOnly = true)
    public LiveStatus live(ClientId clientId) {
        TenantScope scope = Access.require(Role.values());
        ClientDetails client = clients.find(clientId).orElseThrow(() -> new NotFoundException("No such client"));
        Instant now = clock.instant();
        List<IntegrationDetails> active = integrations.listForClient(client.id())
            .stream()
            .filter(i -> !i.archived())
            .toList();
        if (active.isEmpty()) {
            return new LiveStatus(client.id(), now, List.of());
        }
        List<IntegrationId> ids = active.stream().map(IntegrationDetails::id).toList();
        Instant from = now.minus(LiveStatusRules.WINDOW);
        Map<IntegrationId, long[]> counts = new HashMap<>();
        for (MetricBucket bucket : metrics.buckets(ids, Granularity.MINUTE, from, now)) {
            // Minute buckets from the one that holds `from`: at most a minute more than
            // the window, never less.
            long[] c = counts.computeIfAbsent(bucket.integration(), i -> new long[2]);
            c[0] += bucket.total();
            c[1] += bucket.bad();
        }
        Interval instant = new Interval(now, now.plusSeconds(1));
        List<MaintenanceWindow> inProgress = slas.maintenance(client.id())
            .stream()
            .filter(m -> !m.schedule().occurrences(instant, client.timeZone()).isEmpty())
            .toList();
        Map<UUID, StatusOverride> set = overrides.findByAgencyIdAndClientId(scope.agency().value(), client.id().value())
            .stream()
            .filter(row -> row.details().activeAt(now))
            .collect(Collectors.toMap(StatusOverrideRow::integrationId, StatusOverrideRow::details));
        List<ComponentStatus> components = new ArrayList<>();
        for (IntegrationDetails integration : active) {
            long[] c = counts.getOrDefault(integration.id(), new long[2]);
            boolean maintenance = inProgress.stream()
                .anyMatch(m -> m.clientWide() || m.integration().equals(integration.id()));
            LiveStatusRules.Judgement judged = LiveStatusRules.judge(maintenance, c[0], c[1],
                    metrics.lastCheckOutcomes(integration.id(), from, LiveStatusRules.CHECKS));
            StatusOverride override = set.get(integration.id().value());
            LiveState shown = override != null ? override.state() : judged.state();
            components.add(new ComponentStatus(integration.id(), integration.name(), shown, judged.state(),
                    judged.reason(), override));
        }
        return new LiveStatus(client.id(), now, components);
    }

    /**
     * Sets the integration's status by hand (owners, admins and analysts): shown instead
     * of the measured one until cleared or until {@code expiresAt} (null: until cleared).
     */
    @Transactional
    public StatusOverride override(IntegrationId integrationId, LiveState state, String note, Instant expiresAt) {
        TenantScope scope = Access.requireAgencyWorkEditor("the live status");
        IntegrationDetails integration = integrations.find(integrationId)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        Instant now = clock.instant();
        if (state == null || !state.settable()) {
            throw new InvalidInputException("state", "Choose the status to show.");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "Say what the client should know, e.g. what you are checking.");
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "At most " + NOTE_MAX + " characters.");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", "The override must end in the future (or leave it empty).");
        }
        StatusOverrideRow row = overrides.findByAgencyIdAndIntegrationId(scope.agency().value(), integrationId.value())
            .orElseGet(() -> new StatusOverrideRow(scope.agency().value(), integration.client().value(),
                    integrationId.value()));
        row.set(state, text, CurrentTenant.member().map(TenantMember::email).orElse("system"), now, expiresAt);
        overrides.save(row);
        events.publishEvent(new StatusEvent.StatusOverridden(integration.client(), integrationId, integration.name(),
                state, text, expiresAt));
        return row.details();
    }

    /** Back to the measured status. Nothing to clear is no error. */
    @Transactional
    public void clearOverride(IntegrationId integrationId) {
        TenantScope scope = Access.requireAgencyWorkEditor("the live status");
        IntegrationDetails integration = integrations.find(integrationId)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        overrides.findByAgencyIdAndIntegrationId(scope.agency().value(), integrationId.value()).ifPresent(row -> {
            overrides.delete(row);
            events.publishEvent(
                    new StatusEvent.StatusOverrideCleared(integration.client(), integrationId, integration.name()));
        });
    }

    // ---- uptime strips

    /**
     * The client's and each integration's last {@link #STRIP_DAYS} local days, counted by
     * the SLA math ({@link SlaEvaluationService#uptime}).
     */
    @Transactional(readOnly = true)
    public ClientUptime uptime(ClientId client) {
        return compliance.uptime(client, STRIP_DAYS);
    }

    /**
     * The client's status board: live status, the client's strip and each active
     * integration's, with the published incidents of each day.
     */
    @Transactional(readOnly = true)
    public StatusBoard board(ClientId client) {
        LiveStatus live = live(client);
        ClientUptime uptime = uptime(client);
        List<PublishedIncident> published = incidents.published(client);
        List<UptimeStrip> each = live.components()
            .stream()
            .filter(c -> uptime.integrations().containsKey(c.integration()))
            .map(c -> UptimeStrip.of(c.name(), uptime.integrations().get(c.integration()), published))
            .toList();
        return new StatusBoard(live, UptimeStrip.of("All integrations", uptime.overall(), published), each);
    }

    // ---- the public status page

    /** Whether the client's public page is on (agency staff). */
    @Transactional(readOnly = true)
    public PublicPageState publicPage(ClientId clientId) {
        TenantScope scope = Access.requireAgencyStaff();
        ClientDetails client = clients.find(clientId).orElseThrow(() -> new NotFoundException("No such client"));
        return pages.findByAgencyIdAndClientId(scope.agency().value(), client.id().value())
            .map(StatusPageRow::details)
            .orElse(PublicPageState.off());
    }

    /**
     * Turns the client's public page on at a new address (owners and admins); an address
     * made before stops working at once. The token is returned once and stored hashed.
     */
    @Transactional
    public PublicPageLink enablePublicPage(ClientId clientId) {
        TenantScope scope = Access.requireAgencyManager("public status pages");
        ClientDetails client = clients.find(clientId).orElseThrow(() -> new NotFoundException("No such client"));
        if (client.archived()) {
            throw new InvalidInputException("client", "An archived client has no public status page.");
        }
        pages.deleteForClient(scope.agency().value(), client.id().value());
        String token = Secrets.urlToken();
        pages.save(new StatusPageRow(scope.agency().value(), client.id().value(), Secrets.sha256(token),
                CurrentTenant.member().map(TenantMember::email).orElse("system"), clock.instant()));
        events.publishEvent(new StatusEvent.PublicPageEnabled(client.id(), client.name()));
        return new PublicPageLink(token, "/status/" + token);
    }

    /** Turns the client's public page off: its address answers "not found" at once. */
    @Transactional
    public void revokePublicPage(ClientId clientId) {
        TenantScope scope = Access.requireAgencyManager("public status pages");
        ClientDetails client = clients.find(clientId).orElseThrow(() -> new NotFoundException("No such client"));
        if (pages.deleteForClient(scope.agency().value(), client.id().value()) > 0) {
            events.publishEvent(new StatusEvent.PublicPageRevoked(client.id(), client.name()));
        }
    }

    /**
     * What the public page of this token shows, or empty for an unknown, revoked or
     * malformed token or an archived client. Needs no signed-in user: the token is
     * resolved to its agency and client by a narrow lookup, then everything is read as
     * that client.
     */
    public Optional<PublicStatus> publicStatus(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        // One read-only transaction as the page's client: its own methods called from
        // here
        // would otherwise run outside one (no proxy), each repository call on its own.
        return tokens.scopeOf(Secrets.sha256(token))
            .flatMap(scope -> CurrentTenant.callAs(scope, () -> readOnly.execute(tx -> {
                ClientDetails client = clients.find(scope.client()).filter(c -> !c.archived()).orElse(null);
                if (client == null) {
                    return Optional.<PublicStatus>empty();
                }
                Map<IntegrationId, String> names = new LinkedHashMap<>();
                integrations.listForClient(client.id()).forEach(i -> names.put(i.id(), i.name()));
                return Optional.of(new PublicStatus(client, board(client.id()), names, incidents.published(client.id()),
                        slas.maintenance(client.id())));
            })));
    }

}
