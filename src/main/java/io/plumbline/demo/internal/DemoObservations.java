package io.plumbline.demo.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * 90 days of API calls for every demo integration, through the same bulk path as the
 * ingestion API, with one episode of each kind: an expired OAuth token (auth failures
 * until refreshed), a provider schema change (schema violations), throttling during a
 * campaign peak (429s) and a provider outage. Seeded, so every fresh demo looks the same.
 */
@Component
class DemoObservations implements DemoStory {

    static final Duration HISTORY = Duration.ofDays(90);

    private static final Duration SLOT = Duration.ofMinutes(10);

    /** A stretch of time in which one integration misbehaves in one way. */
    record Episode(String integrationKey, Duration startsAgo, Duration lasts, FailureClass failure, double share,
            int httpStatus, double volumeFactor) {

        boolean covers(String key, Instant at, Instant now) {
            Instant start = now.minus(startsAgo);
            return integrationKey.equals(key) && !at.isBefore(start) && at.isBefore(start.plus(lasts));
        }
    }

    static final List<Episode> EPISODES = List.of(
            // The HubSpot OAuth token expired on a Saturday night and was refreshed the
            // next morning.
            new Episode("acme-hubspot", Duration.ofDays(19).plusHours(2), Duration.ofHours(9), FailureClass.AUTH, 0.97,
                    401, 1),
            // Salesforce changed a field's type in a release: the contact sync broke
            // schema checks for a day.
            new Episode("globex-salesforce", Duration.ofDays(12), Duration.ofHours(26), FailureClass.SCHEMA_VIOLATION,
                    0.35, 200, 1),
            // Black-Friday campaign: Klaviyo sends spike and the API throttles.
            new Episode("acme-klaviyo", Duration.ofDays(3), Duration.ofDays(3), FailureClass.THROTTLED, 0.12, 429, 4),
            // Marketo outage during a campaign send (five times the usual volume): two
            // and a half hours of 503s, enough to miss the 99.6 % SLA over its month and
            // over the quarter, whatever hour the demo is seeded.
            new Episode("umbrella-marketo", Duration.ofDays(41).plusHours(5), Duration.ofMinutes(150),
                    FailureClass.SERVER_ERROR, 0.85, 503, 5),
            // Oceanic's Braze region had a shorter outage.
            new Episode("oceanic-braze", Duration.ofDays(8).plusHours(14), Duration.ofMinutes(45), FailureClass.TIMEOUT,
                    0.7, 0, 1));

    private final MetricsService metrics;

    private final Clock clock;

    DemoObservations(MetricsService metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void tell(DemoWorld world) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SplittableRandom random = new SplittableRandom(2026);
        for (DemoIntegrations.Spec spec : DemoIntegrations.SPECS) {
            IntegrationId integration = world.integration(spec.key());
            TenantScope scope = TenantScope.agency(world.agencyOfClient(spec.client()));
            double medianMs = 90 + random.nextInt(250);
            List<Observation> batch = new ArrayList<>();
            for (Instant slot = now.minus(HISTORY); slot.isBefore(now); slot = slot.plus(SLOT)) {
                Instant current = slot;
                Episode episode = EPISODES.stream()
                    .filter(e -> e.covers(spec.key(), current, now))
                    .findFirst()
                    .orElse(null);
                int calls = calls(slot, random, episode);
                for (int call = 0; call < calls; call++) {
                    Instant at = slot.plusSeconds(random.nextInt((int) SLOT.toSeconds()));
                    batch.add(observation(integration, at, medianMs, episode, random));
                }
                if (batch.size() >= 5_000) {
                    flush(scope, batch);
                }
            }
            flush(scope, batch);
        }
    }

    /**
     * Busier in working hours, quieter at night and at weekends, much busier in a
     * campaign.
     */
    private static int calls(Instant slot, SplittableRandom random, Episode episode) {
        int hour = slot.atZone(ZoneOffset.UTC).getHour();
        boolean weekend = slot.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() >= 6;
        double base = hour >= 7 && hour <= 20 ? 2.2 : 0.8;
        if (weekend) {
            base *= 0.6;
        }
        if (episode != null) {
            base *= episode.volumeFactor();
        }
        return (int) Math.floor(base + random.nextDouble());
    }

    private static Observation observation(IntegrationId integration, Instant at, double medianMs, Episode episode,
            SplittableRandom random) {
        int latency = (int) Math.max(8, Math.round(medianMs * Math.exp(0.45 * gaussian(random))));
        if (episode != null && random.nextDouble() < episode.share()) {
            int failedLatency = episode.failure() == FailureClass.TIMEOUT ? 30_000 : latency / 2 + 20;
            return new Observation(integration, at, Source.API, "sync",
                    episode.httpStatus() == 0 ? null : episode.httpStatus(), failedLatency, episode.failure(), false);
        }
        double roll = random.nextDouble();
        if (roll < 0.002) {
            return new Observation(integration, at, Source.API, "sync", 502, latency * 3, FailureClass.SERVER_ERROR,
                    false);
        }
        if (roll < 0.003) {
            return new Observation(integration, at, Source.API, "sync", null, 30_000, FailureClass.TIMEOUT, false);
        }
        return new Observation(integration, at, Source.API, "sync", 200, latency, null, roll > 0.995);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private void flush(TenantScope scope, List<Observation> batch) {
        if (!batch.isEmpty()) {
            CurrentTenant.runAs(scope, () -> metrics.record(List.copyOf(batch)));
            batch.clear();
        }
    }

}
