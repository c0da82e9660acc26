package io.plumbline.metrics;

import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.internal.MetricsStore;
import io.plumbline.metrics.internal.ObservationRetention;
import io.plumbline.metrics.internal.RecentChecksReader;
import io.plumbline.metrics.internal.StoredObservation;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations in, health out. Writes raw rows and rollups in one transaction; reads only
 * rollups. Every call is scoped to the current tenant: integrations of other agencies
 * (or, for a client scope, other clients) do not exist here.
 */
@Service
public class MetricsService {

    private final MetricsStore store;

    private final ObservationRetention retention;

    private final IntegrationService integrations;

    private final RecentChecksReader recentChecks;

    MetricsService(MetricsStore store, ObservationRetention retention, IntegrationService integrations,
            RecentChecksReader recentChecks) {
        this.store = store;
        this.retention = retention;
        this.integrations = integrations;
        this.recentChecks = recentChecks;
    }

    /**
     * Stores a batch whole or not at all. Observations older than the raw retention only
     * feed the rollups (back-fill); all integrations must be visible to the current
     * tenant.
     */
    @Transactional
    public void record(List<Observation> batch) {
        TenantScope scope = CurrentTenant.require();
        Map<IntegrationId, IntegrationDetails> visible = integrations
            .findAll(batch.stream().map(Observation::integration).collect(Collectors.toSet()));
        Instant horizon = retention.rawHorizon();
        List<StoredObservation> raw = new ArrayList<>(batch.size());
        List<StoredObservation> rollupOnly = new ArrayList<>();
        for (Observation observation : batch) {
            IntegrationDetails integration = visible.get(observation.integration());
            if (integration == null) {
                throw new NotFoundException("No such integration");
            }
            UUID client = integration.client().value();
            StoredObservation stored = new StoredObservation(scope.agency().value(), client, observation);
            (observation.observedAt().isBefore(horizon) ? rollupOnly : raw).add(stored);
        }
        store.write(raw, rollupOnly, retention.minuteRollupHorizon());
    }

    @Transactional(readOnly = true)
    public HealthSummary health(IntegrationId integration, Instant from, Instant to) {
        IntegrationDetails details = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        return summaries(List.of(details.id().value()), from, to).overall();
    }

    @Transactional(readOnly = true)
    public HealthSummary clientHealth(ClientId client, Instant from, Instant to) {
        return summaries(integrationsOf(client), from, to).overall();
    }

    /**
     * The client's health and each of its integrations', from one read (not one per
     * integration).
     */
    @Transactional(readOnly = true)
    public ClientHealth clientHealthByIntegration(ClientId client, Instant from, Instant to) {
        return summaries(integrationsOf(client), from, to);
    }

    @Transactional(readOnly = true)
    public List<HealthPoint> series(IntegrationId integration, Instant from, Instant to) {
        IntegrationDetails details = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        Granularity granularity = granularity(from, to);
        return store.series(CurrentTenant.require().agency().value(), List.of(details.id().value()), granularity,
                granularity.floor(from), ceiling(granularity, to));
    }

    @Transactional(readOnly = true)
    public List<HealthPoint> clientSeries(ClientId client, Instant from, Instant to) {
        Granularity granularity = granularity(from, to);
        return store.series(CurrentTenant.require().agency().value(), integrationsOf(client), granularity,
                granularity.floor(from), ceiling(granularity, to));
    }

    /**
     * The rollup buckets of these integrations in [from, to) at this granularity, one per
     * integration and bucket that has data, oldest first: the raw material for math that
     * must drop or split buckets (SLA maintenance and campaign windows). Minute buckets
     * exist only from {@link #minuteRollupHorizon()} on.
     */
    @Transactional(readOnly = true)
    public List<MetricBucket> buckets(Collection<IntegrationId> integrationIds, Granularity granularity, Instant from,
            Instant to) {
        return buckets(integrationIds, granularity,
                List.of(new TimeRange(granularity.floor(from), ceiling(granularity, to))), true);
    }

    /**
     * The rollup buckets of these integrations at this granularity that start in any of
     * the {@code ranges}, in one read: for math that judges whole days from day buckets
     * and reads hours or minutes only where it must. Without {@code withLatency} the
     * latency histograms are not read (each bucket's is empty), which is most of the
     * volume.
     */
    @Transactional(readOnly = true)
    public List<MetricBucket> buckets(Collection<IntegrationId> integrationIds, Granularity granularity,
            List<TimeRange> ranges, boolean withLatency) {
        if (!integrations.allVisible(integrationIds)) {
            throw new NotFoundException("No such integration");
        }
        return store.buckets(CurrentTenant.require().agency().value(),
                integrationIds.stream().distinct().map(IntegrationId::value).toList(), granularity, ranges,
                withLatency);
    }

    /**
     * Per integration and range, the sum of its buckets at this granularity that start in
     * the range: one bucket each, starting at the range's start, for math that needs no
     * finer resolution inside a range (ranges are not joined and may overlap). One scan
     * of the span the ranges cover, so they should be near each other (a period and the
     * one before it, consecutive months). Without {@code withLatency} the histograms are
     * empty.
     */
    @Transactional(readOnly = true)
    public Map<IntegrationId, Map<TimeRange, MetricBucket>> sums(Collection<IntegrationId> integrationIds,
            Granularity granularity, List<TimeRange> ranges, boolean withLatency) {
        if (!integrations.allVisible(integrationIds)) {
            throw new NotFoundException("No such integration");
        }
        return store.sums(CurrentTenant.require().agency().value(),
                integrationIds.stream().distinct().map(IntegrationId::value).toList(), granularity, ranges,
                withLatency);
    }

    /**
     * Outcomes of the integration's last {@code count} synthetic checks since
     * {@code since}, newest first (true = good): what "N consecutive failed checks"
     * alerts look at. Reads raw rows, so only within the raw retention.
     */
    @Transactional(readOnly = true)
    public List<Boolean> lastCheckOutcomes(IntegrationId integration, Instant since, int count) {
        IntegrationDetails details = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        Instant from = since.isBefore(retention.rawHorizon()) ? retention.rawHorizon() : since;
        return recentChecks.lastOutcomes(CurrentTenant.require().agency().value(), details.id().value(), from, count);
    }

    /**
     * Minute rollups older than this are deleted (retention); hour and day rollups reach
     * further back.
     */
    public Instant minuteRollupHorizon() {
        return retention.minuteRollupHorizon();
    }

    /**
     * The window's natural bucket size, but never minutes where minute rollups are no
     * longer kept.
     */
    private Granularity granularity(Instant from, Instant to) {
        Granularity natural = Granularity.forWindow(from, to);
        return natural == Granularity.MINUTE && from.isBefore(retention.minuteRollupHorizon()) ? Granularity.HOUR
                : natural;
    }

    private ClientHealth summaries(List<UUID> integrationIds, Instant from, Instant to) {
        Granularity granularity = granularity(from, to);
        return store.summaries(CurrentTenant.require().agency().value(), integrationIds, granularity,
                granularity.floor(from), ceiling(granularity, to));
    }

    private List<UUID> integrationsOf(ClientId client) {
        return integrations.listForClient(client).stream().map(i -> i.id().value()).toList();
    }

    private static Instant ceiling(Granularity granularity, Instant to) {
        Instant floor = granularity.floor(to);
        return floor.equals(to) ? to : floor.plus(granularity.size());
    }

}
