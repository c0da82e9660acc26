package io.plumbline.vendorstatus;

import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.MetricsService;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.vendorstatus.internal.StatuspageClient;
import io.plumbline.vendorstatus.internal.StatuspageClient.FetchFailed;
import io.plumbline.vendorstatus.internal.StatuspageFeed;
import io.plumbline.vendorstatus.internal.StatuspageFeed.Malformed;
import io.plumbline.vendorstatus.internal.VendorStatusPoller;
import io.plumbline.vendorstatus.internal.VendorStatusSchedule;
import io.plumbline.vendorstatus.internal.VendorStatusStore;
import io.plumbline.vendorstatus.internal.VendorStatusStore.LinkRow;
import io.plumbline.vendorstatus.internal.VendorStatusStore.PageRow;
import io.plumbline.vendorstatus.internal.VendorStatusStore.StoredIncident;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vendor status: which provider status page (Atlassian Statuspage) and component each
 * integration depends on, what those pages reported, and where that overlaps our own
 * alerts, incidents and failures (docs/vendor-status.md). Everything is per agency; a
 * foreign integration or incident id answers "not found".
 */
@Service
public class VendorStatusService {

    private final VendorStatusStore store;

    private final VendorStatusSchedule schedule;

    private final StatuspageClient client;

    private final IntegrationService integrations;

    private final OutboundAllowListService allowList;

    private final MetricsService metrics;

    private final VendorStatusPoller poller;

    private final PlatformTransactionManager transactionManager;

    private final Clock clock;

    VendorStatusService(VendorStatusStore store, VendorStatusSchedule schedule, StatuspageClient client,
            IntegrationService integrations, OutboundAllowListService allowList, MetricsService metrics,
            VendorStatusPoller poller, PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.transactionManager = transactionManager;
        this.poller = poller;
        this.schedule = schedule;
        this.client = client;
        this.integrations = integrations;
        this.allowList = allowList;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The status page link of every integration of the agency that has one. */
    @Transactional(readOnly = true)
    public List<StatusPageLink> links() {
        TenantScope scope = Access.requireAgencyStaff();
        Map<UUID, PageRow> pages = store.pages(scope.agency().value())
            .stream()
            .collect(Collectors.toMap(PageRow::id, Function.identity()));
        return store.links(scope.agency().value()).stream().map(link -> details(link, pages.get(link.page()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StatusPageLink> link(IntegrationId integration) {
        TenantScope scope = Access.requireAgencyStaff();
        return store.link(scope.agency().value(), integration.value())
            .flatMap(link -> store.page(scope.agency().value(), link.page()).map(page -> details(link, page)));
    }

    private static StatusPageLink details(LinkRow link, PageRow page) {
        return new StatusPageLink(new IntegrationId(link.integration()), page.baseUrl(), link.componentId(),
                link.componentName(), page.state());
    }

    /**
     * The components the page at {@code baseUrl} lists now, fetched once through the
     * outbound guard, for the agency to choose one. Nothing is stored.
     * @throws InvalidInputException on {@code statusPage} when the page cannot be read
     */
    public List<ProviderComponent> fetchComponents(String baseUrl) {
        Access.requireAgencyWorkEditor("read a provider's status page");
        String normalized = normalize(baseUrl);
        List<String> allowed = allowList.entriesForCurrentAgency();
        try {
            var fetched = client.get(URI.create(normalized + "/api/v2/summary.json"), null, null, allowed);
            return StatuspageFeed.summary(fetched.body())
                .components()
                .stream()
                .filter(c -> !c.isGroup())
                .map(c -> new ProviderComponent(c.id(), c.name(), c.group(), c.status(), c.updatedAt()))
                .sorted(Comparator.comparing(ProviderComponent::label))
                .toList();
        }
        catch (FetchFailed | Malformed e) {
            throw new InvalidInputException("statusPage", e.getMessage());
        }
    }

    /**
     * Names the integration's provider status page and (optionally) component, and starts
     * polling the page if the agency does not poll it yet.
     * @param componentId the page's id of the component; null for the whole page
     */
    @Transactional
    public StatusPageLink configure(IntegrationId integration, String baseUrl, String componentId,
            String componentName) {
        TenantScope scope = Access.requireAgencyWorkEditor("name a provider's status page");
        IntegrationDetails details = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        String normalized = normalize(baseUrl);
        Optional<String> refusal = client.refusal(URI.create(normalized), allowList.entriesForCurrentAgency());
        if (refusal.isPresent()) {
            throw new InvalidInputException("statusPage", refusal.get());
        }
        boolean component = componentId != null && !componentId.isBlank();
        if (component && (componentName == null || componentName.isBlank())) {
            throw new InvalidInputException("component", "Choose the component from the page's list.");
        }
        UUID agency = scope.agency().value();
        Instant now = clock.instant();
        UUID page = store.pageByUrl(agency, normalized).orElseGet(() -> {
            UUID created = UUID.randomUUID();
            store.insertPage(created, agency, normalized, now);
            return created;
        });
        Optional<UUID> before = store.link(agency, integration.value()).map(LinkRow::page);
        store.saveLink(agency,
                new LinkRow(integration.value(), details.client().value(), page, component ? componentId.strip() : null,
                        component ? componentName.strip() : null),
                CurrentTenant.member().map(TenantMember::email).orElse("system"), now);
        before.filter(old -> !old.equals(page)).ifPresent(old -> dropIfUnused(agency, old));
        schedule.start(scope.agency(), page, now);
        return link(integration).orElseThrow();
    }

    /**
     * Polls the integration's status page now, outside its schedule, and answers how it
     * went. Not one transaction: the requests go out with none held.
     */
    public StatusPageLink pollNow(IntegrationId integration) {
        TenantScope scope = Access.requireAgencyWorkEditor("poll a provider's status page");
        if (!poller.pollPageOf(scope.agency(), integration.value())) {
            throw new NotFoundException("No status page named for this integration");
        }
        return new TransactionTemplate(transactionManager).execute(status -> link(integration).orElseThrow());
    }

    /** The integration no longer names a status page; a page nobody names is dropped. */
    @Transactional
    public void remove(IntegrationId integration) {
        TenantScope scope = Access.requireAgencyWorkEditor("remove a provider's status page");
        UUID agency = scope.agency().value();
        LinkRow link = store.link(agency, integration.value())
            .orElseThrow(() -> new NotFoundException("No status page named for this integration"));
        store.deleteLink(agency, integration.value());
        dropIfUnused(agency, link.page());
    }

    private void dropIfUnused(UUID agency, UUID page) {
        if (store.linksOf(agency, page) == 0) {
            // Its schedule ends itself at its next run, finding the page gone.
            store.deletePage(agency, page);
        }
    }

    /** The components of the integration's page as last polled. */
    @Transactional(readOnly = true)
    public List<ProviderComponent> components(IntegrationId integration) {
        TenantScope scope = Access.requireAgencyStaff();
        return store.link(scope.agency().value(), integration.value())
            .map(link -> store.components(scope.agency().value(), link.page()))
            .orElse(List.of());
    }

    /**
     * The incidents of the integration's page (every component) that overlap [from, to),
     * newest first.
     */
    @Transactional(readOnly = true)
    public List<ProviderIncident> incidents(IntegrationId integration, Instant from, Instant to) {
        TenantScope scope = Access.requireAgencyStaff();
        return store.link(scope.agency().value(), integration.value())
            .map(link -> store.incidents(scope.agency().value(), link.page(), from, to)
                .stream()
                .map(StoredIncident::incident)
                .sorted(Comparator.comparing(ProviderIncident::startedAt).reversed())
                .toList())
            .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<ProviderIncident> incident(ProviderIncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        return store.incident(scope.agency().value(), id.value()).map(StoredIncident::incident);
    }

    /**
     * What the integrations' provider pages reported on the same component during [from,
     * to) (to = null: until now): incidents naming the linked component (any incident for
     * a whole-page link) and periods in which the component was not operational, oldest
     * first. Integrations with no status page add nothing.
     */
    @Transactional(readOnly = true)
    public List<ProviderOverlap> overlaps(Collection<IntegrationId> ids, Instant from, Instant to) {
        TenantScope scope = Access.requireAgencyStaff();
        UUID agency = scope.agency().value();
        Instant end = to == null ? clock.instant() : to;
        List<ProviderOverlap> found = new ArrayList<>();
        for (IntegrationId integration : ids.stream().distinct().toList()) {
            Optional<LinkRow> link = store.link(agency, integration.value());
            if (link.isEmpty()) {
                continue;
            }
            Optional<PageRow> page = store.page(agency, link.get().page());
            if (page.isEmpty()) {
                continue;
            }
            found.addAll(overlaps(agency, integration, link.get(), page.get(), from, end));
        }
        found.sort(Comparator.comparing(ProviderOverlap::from));
        return found;
    }

    @Transactional(readOnly = true)
    public List<ProviderOverlap> overlaps(IntegrationId integration, Instant from, Instant to) {
        return overlaps(List.of(integration), from, to);
    }

    private List<ProviderOverlap> overlaps(UUID agency, IntegrationId integration, LinkRow link, PageRow page,
            Instant from, Instant to) {
        String provider = page.state().pageName() == null ? page.baseUrl() : page.state().pageName();
        String pageLink = page.pageUrl() == null ? page.baseUrl() : page.pageUrl();
        List<ProviderOverlap> found = new ArrayList<>();
        for (StoredIncident stored : store.incidents(agency, link.page(), from, to)) {
            if (link.componentId() != null && !stored.componentIds().contains(link.componentId())) {
                continue;
            }
            ProviderIncident incident = stored.incident();
            String component = link.componentId() != null ? link.componentName()
                    : incident.components().isEmpty() ? null : String.join(", ", incident.components());
            found.add(new ProviderOverlap(integration, provider, component, incident.name(), incident.impact(),
                    incident.startedAt(), incident.resolvedAt(),
                    incident.shortlink() == null ? pageLink : incident.shortlink(), incident.id()));
        }
        if (link.componentId() != null) {
            for (VendorStatusStore.Period period : store.periods(agency, link.page(), link.componentId(), from, to)) {
                found.add(new ProviderOverlap(integration, provider, link.componentName(),
                        ProviderComponent.words(period.status()), null, period.from(), period.to(), pageLink, null));
            }
        }
        return found;
    }

    /**
     * How much of the failure of these integrations in [from, to) fell within what their
     * providers reported ({@link #overlaps}): shown next to SLA figures, never subtracted
     * from them.
     */
    @Transactional(readOnly = true)
    public ProviderShare providerShare(Collection<IntegrationId> ids, Instant from, Instant to) {
        List<ProviderOverlap> overlaps = overlaps(ids, from, to);
        Granularity granularity = from.isBefore(metrics.minuteRollupHorizon()) ? Granularity.HOUR : Granularity.MINUTE;
        long failed = 0;
        long failedDuring = 0;
        Duration failing = Duration.ZERO;
        Duration failingDuring = Duration.ZERO;
        Instant now = clock.instant();
        for (MetricBucket bucket : metrics.buckets(ids, granularity, from, to)) {
            if (bucket.bad() == 0 || bucket.start().isBefore(from) || !bucket.start().isBefore(to)) {
                continue;
            }
            failed += bucket.bad();
            failing = failing.plus(granularity.size());
            boolean during = overlaps.stream()
                .anyMatch(o -> o.integration().equals(bucket.integration()) && !bucket.start().isBefore(o.from())
                        && bucket.start().isBefore(o.to() == null ? now : o.to()));
            if (during) {
                failedDuring += bucket.bad();
                failingDuring = failingDuring.plus(granularity.size());
            }
        }
        return new ProviderShare(from, to, failed, failedDuring, failing, failingDuring, overlaps);
    }

    /**
     * Names the provider incident an incident of ours was caused by (its cause being
     * "Provider outage"); {@code null} takes the citation back.
     */
    @Transactional
    public void citeCause(UUID incident, ProviderIncidentId providerIncident) {
        TenantScope scope = Access.requireAgencyWorkEditor("name a provider incident as cause");
        UUID agency = scope.agency().value();
        if (providerIncident == null) {
            store.uncite(agency, incident);
            return;
        }
        store.incident(agency, providerIncident.value())
            .orElseThrow(() -> new InvalidInputException("providerIncident", "No such provider incident."));
        store.cite(agency, incident, providerIncident.value(),
                CurrentTenant.member().map(TenantMember::email).orElse("system"), clock.instant());
    }

    /** The provider incident cited as the cause of this incident of ours, if any. */
    @Transactional(readOnly = true)
    public Optional<ProviderIncident> citedCause(UUID incident) {
        TenantScope scope = Access.requireAgencyStaff();
        return store.cited(scope.agency().value(), incident)
            .flatMap(id -> store.incident(scope.agency().value(), id))
            .map(StoredIncident::incident);
    }

    /**
     * "https://status.hubspot.com" from what people paste: the page, its
     * {@code /api/v2/summary.json}, with or without a trailing slash.
     */
    static String normalize(String baseUrl) {
        String text = baseUrl == null ? "" : baseUrl.strip();
        text = text.replaceFirst("(?i)/api/v2/(summary|incidents|status|components)\\.json$", "");
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null || text.length() > 400) {
                throw new URISyntaxException(text, "not a page address");
            }
            return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException("statusPage",
                    "Enter the status page's address, such as https://status.hubspot.com.");
        }
    }

}
