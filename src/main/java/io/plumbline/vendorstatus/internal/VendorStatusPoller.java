package io.plumbline.vendorstatus.internal;

import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.vendorstatus.ProviderComponent;
import io.plumbline.vendorstatus.VendorStatusProperties;
import io.plumbline.vendorstatus.internal.StatuspageClient.FetchFailed;
import io.plumbline.vendorstatus.internal.StatuspageClient.Fetched;
import io.plumbline.vendorstatus.internal.StatuspageFeed.Malformed;
import io.plumbline.vendorstatus.internal.VendorStatusStore.PageRow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One poll of one status page of one agency: a short transaction reads the page and the
 * agency's outbound allow-list, both documents are fetched with no transaction held, and
 * a second transaction stores what they say, or (on any failure: unreachable, slow, too
 * large, not JSON, not Statuspage) only the error and the backoff, leaving the data of
 * earlier polls untouched.
 */
@Component
public class VendorStatusPoller {

    private static final Logger log = LoggerFactory.getLogger(VendorStatusPoller.class);

    private final VendorStatusStore store;

    private final StatuspageClient client;

    private final OutboundAllowListService allowList;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final VendorStatusProperties properties;

    VendorStatusPoller(VendorStatusStore store, StatuspageClient client, OutboundAllowListService allowList,
            PlatformTransactionManager transactionManager, Clock clock, VendorStatusProperties properties) {
        this.store = store;
        this.client = client;
        this.allowList = allowList;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    private record Planned(PageRow page, List<String> allowList) {
    }

    /**
     * Polls the page now.
     * @return the wait until the next poll; empty when the page is gone (no integration
     * names it any more), which ends its schedule
     */
    public Optional<Duration> poll(AgencyId agency, UUID pageId) {
        UUID agencyId = agency.value();
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Planned planned = transactions.execute(status -> store.page(agencyId, pageId)
                .filter(page -> store.linksOf(agencyId, pageId) > 0)
                .map(page -> new Planned(page, allowList.entriesForCurrentAgency()))
                .orElse(null));
            if (planned == null) {
                return Optional.<Duration>empty();
            }
            PageRow page = planned.page();
            try {
                Fetched summary = client.get(URI.create(page.baseUrl() + "/api/v2/summary.json"), page.summaryEtag(),
                        page.summaryLastModified(), planned.allowList());
                Fetched incidents = client.get(URI.create(page.baseUrl() + "/api/v2/incidents.json"),
                        page.incidentsEtag(), page.incidentsLastModified(), planned.allowList());
                StatuspageFeed.Summary parsedSummary = summary.notModified() ? null
                        : StatuspageFeed.summary(summary.body());
                List<StatuspageFeed.Incident> parsedIncidents = incidents.notModified() ? null
                        : StatuspageFeed.incidents(incidents.body());
                Instant now = clock.instant();
                Duration next = properties.pollInterval();
                transactions.executeWithoutResult(status -> {
                    if (parsedSummary != null) {
                        storeSummary(agencyId, pageId, parsedSummary, summary, now);
                    }
                    if (parsedIncidents != null) {
                        parsedIncidents.forEach(incident -> store.saveIncident(agencyId, pageId, incident));
                        store.storeIncidentsValidators(agencyId, pageId, incidents.etag(), incidents.lastModified());
                    }
                    store.recordSuccess(agencyId, pageId, now, now.plus(next));
                });
                return Optional.of(next);
            }
            catch (FetchFailed | Malformed failure) {
                int failures = page.consecutiveFailures() + 1;
                Duration wait = backoff(properties.pollInterval(), properties.maxBackoff(), failures);
                Instant now = clock.instant();
                log.info("Polling status page {} failed ({} in a row): {}", page.baseUrl(), failures,
                        failure.getMessage());
                transactions.executeWithoutResult(status -> store.recordFailure(agencyId, pageId, now,
                        failure.getMessage(), failures, now.plus(wait)));
                return Optional.of(wait);
            }
        });
    }

    /**
     * Polls the page this integration names now (the "Poll now" button), outside its
     * schedule; the schedule stays as it was.
     * @return false if the integration names no page
     */
    public boolean pollPageOf(AgencyId agency, UUID integration) {
        Optional<UUID> page = CurrentTenant.callAs(TenantScope.agency(agency), () -> transactions
            .execute(status -> store.link(agency.value(), integration).map(VendorStatusStore.LinkRow::page)));
        page.ifPresent(id -> poll(agency, id));
        return page.isPresent();
    }

    private void storeSummary(UUID agency, UUID page, StatuspageFeed.Summary summary, Fetched fetched, Instant now) {
        store.storeSummaryHead(agency, page, summary.pageName(), summary.pageUrl(), summary.indicator(),
                summary.description(), fetched.etag(), fetched.lastModified());
        Map<String, ProviderComponent> known = new HashMap<>();
        store.components(agency, page).forEach(c -> known.put(c.externalId(), c));
        for (StatuspageFeed.Component component : summary.components()) {
            if (component.isGroup()) {
                continue;
            }
            ProviderComponent now_ = new ProviderComponent(component.id(), component.name(), component.group(),
                    component.status(), component.updatedAt());
            ProviderComponent before = known.get(component.id());
            store.saveComponent(agency, page, now_, before != null);
            String oldStatus = before == null ? "operational" : before.status();
            if (!oldStatus.equals(component.status())) {
                // The page says when the component last changed; a poll only sees it
                // later.
                Instant changedAt = component.updatedAt() == null || component.updatedAt().isAfter(now) ? now
                        : component.updatedAt();
                store.closePeriods(agency, page, component.id(), changedAt);
                if (!now_.operational()) {
                    store.openPeriod(agency, page, component.id(), component.status(), changedAt);
                }
            }
        }
        // Unresolved incidents are in the summary too (and may be newer than a cached
        // incidents.json).
        summary.incidents().forEach(incident -> store.saveIncident(agency, page, incident));
    }

    /**
     * {@code interval} doubled for every failure in a row, at most {@code max}: 2, 4, 8 …
     * minutes for a 1-minute interval.
     */
    static Duration backoff(Duration interval, Duration max, int failures) {
        long millis = interval.toMillis() << Math.min(failures, 20);
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

}
