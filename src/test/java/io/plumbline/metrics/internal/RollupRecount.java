package io.plumbline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.ClientHealth;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.LatencyHistogram;
import io.plumbline.metrics.MetricBucket;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.metrics.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.data.Percentage;

/**
 * The property both databases must hold: whatever order and batches observations arrive
 * in (late data included: batches for buckets written long before), the rollups of every
 * window equal a recount of the observations themselves. Generated data: three
 * integrations over ten days around the European DST change of 29 March 2026, with
 * observations exactly on and just before minute, hour and day edges; random windows at
 * each granularity, aligned to its buckets (as MetricsService aligns them).
 */
final class RollupRecount {

    static final Instant START = Instant.parse("2026-03-24T00:00:00Z");

    static final Duration SPAN = Duration.ofDays(10);

    /** The store under test, called inside a transaction of the test agency. */
    interface Store {

        void write(List<StoredObservation> batch);

        <T> T read(Supplier<T> read);

    }

    private final UUID agency;

    private final UUID client = UUID.randomUUID();

    private final List<UUID> integrations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private final List<Observation> all = new ArrayList<>();

    RollupRecount(UUID agency) {
        this.agency = agency;
    }

    /** Writes generated batches through the store, late ones last. */
    void load(long seed, Store store) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            observations.add(observation(random, START.plusMillis(random.nextLong(SPAN.toMillis()))));
        }
        // Bucket edges: on the first millisecond of a day, hour and minute, and on the
        // last of the one before; the DST night in Europe (01:00 UTC on 29 March).
        for (Instant edge : List.of(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
                Instant.parse("2026-03-29T02:00:00Z"), Instant.parse("2026-03-25T13:37:00Z"), START,
                START.plus(SPAN).minusMillis(1))) {
            for (int n = 0; n < 5; n++) {
                observations.add(observation(random, edge));
                if (edge.isAfter(START)) {
                    observations.add(observation(random, edge.minusMillis(1)));
                }
            }
        }
        Collections.shuffle(observations, new Random(seed));
        // In time order by batch, then late data: 2,000 more for buckets already written.
        List<Observation> timely = new ArrayList<>(observations.subList(0, observations.size() - 2_000));
        timely.sort((a, b) -> a.observedAt().compareTo(b.observedAt()));
        List<Observation> late = observations.subList(observations.size() - 2_000, observations.size());
        for (List<Observation> batches : List.of(timely, late)) {
            for (int from = 0; from < batches.size(); from += 700) {
                List<StoredObservation> batch = batches.subList(from, Math.min(batches.size(), from + 700))
                    .stream()
                    .map(o -> new StoredObservation(agency, client, o))
                    .toList();
                store.write(batch);
            }
        }
        all.addAll(observations);
    }

    /** Random bucket-aligned windows at each granularity: buckets and summaries. */
    void check(long seed, Store store, MetricsStore metrics) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Granularity granularity : Granularity.values()) {
            for (int w = 0; w < 15; w++) {
                long buckets = SPAN.dividedBy(granularity.size());
                long first = random.nextLong(buckets);
                long length = 1 + random.nextLong(Math.min(buckets - first,
                        granularity == Granularity.MINUTE ? 600 : granularity == Granularity.HOUR ? 60 : 10));
                Instant from = START.plus(granularity.size().multipliedBy(first));
                Instant to = from.plus(granularity.size().multipliedBy(length));
                List<UUID> some = integrations.subList(0, 1 + random.nextInt(integrations.size()));
                String what = granularity + " window " + from + " – " + to + " of " + some.size();

                List<MetricBucket> read = store
                    .read(() -> metrics.buckets(agency, some, granularity, List.of(new TimeRange(from, to)), true));
                List<Observation> expected = all.stream()
                    .filter(o -> some.contains(o.integration().value()) && !o.observedAt().isBefore(from)
                            && o.observedAt().isBefore(to))
                    .toList();
                assertThat(read.stream().mapToLong(MetricBucket::total).sum()).as("total, " + what)
                    .isEqualTo(expected.size());
                assertThat(read.stream().mapToLong(MetricBucket::good).sum()).as("good, " + what)
                    .isEqualTo(expected.stream().filter(Observation::good).count());
                for (MetricBucket bucket : read) {
                    assertThat(bucket.latency().total()).as("sketch of " + bucket.start() + ", " + what)
                        .isEqualTo(bucket.good());
                    assertThat(expected.stream()
                        .filter(o -> o.integration().equals(bucket.integration())
                                && granularity.floor(o.observedAt()).equals(bucket.start()))
                        .count()).as("bucket " + bucket.start() + ", " + what).isEqualTo(bucket.total());
                }
                ClientHealth health = store.read(() -> metrics.summaries(agency, some, granularity, from, to));
                compare(health.overall(), expected, what);
                for (UUID integration : some) {
                    compare(health.byIntegration().get(new IntegrationId(integration)),
                            expected.stream().filter(o -> o.integration().value().equals(integration)).toList(),
                            what + ", " + integration);
                }
            }
        }
    }

    private static void compare(HealthSummary summary, List<Observation> expected, String what) {
        assertThat(summary.total()).as("total, " + what).isEqualTo(expected.size());
        assertThat(summary.good()).as("good, " + what).isEqualTo(expected.stream().filter(Observation::good).count());
        assertThat(summary.retried()).as("retried, " + what)
            .isEqualTo(expected.stream().filter(Observation::retried).count());
        for (FailureClass failureClass : FailureClass.values()) {
            assertThat(summary.failures(failureClass)).as(failureClass + ", " + what)
                .isEqualTo(expected.stream().filter(o -> o.failureClass() == failureClass).count());
        }
        assertThat(summary.latencySumMs()).as("latency sum, " + what)
            .isEqualTo(expected.stream().filter(Observation::good).mapToLong(Observation::latencyMs).sum());
        int[] latencies = expected.stream()
            .filter(Observation::good)
            .mapToInt(Observation::latencyMs)
            .sorted()
            .toArray();
        if (latencies.length == 0) {
            assertThat(summary.p95()).as("p95, " + what).isEmpty();
            return;
        }
        LatencyHistogram exactBins = new LatencyHistogram();
        for (int latency : latencies) {
            exactBins.record(latency);
        }
        for (double quantile : new double[] { 0.5, 0.95, 0.99 }) {
            long exact = latencies[(int) Math.ceil(quantile * latencies.length) - 1];
            long read = (quantile == 0.5 ? summary.p50() : quantile == 0.95 ? summary.p95() : summary.p99())
                .orElseThrow();
            assertThat(read).as("p%s from the same bins, %s", quantile * 100, what)
                .isEqualTo(exactBins.percentile(quantile).orElseThrow());
            assertThat((double) read).as("p%s, %s", quantile * 100, what)
                .isCloseTo(exact, Percentage.withPercentage(2));
        }
    }

    private Observation observation(SplittableRandom random, Instant at) {
        IntegrationId integration = new IntegrationId(integrations.get(random.nextInt(integrations.size())));
        int roll = random.nextInt(100);
        FailureClass failure = roll < 85 ? null : FailureClass.values()[roll % FailureClass.values().length];
        int latency = random.nextInt(50) == 0 ? random.nextInt(3)
                : (int) Math.max(1, Math.round(Math.exp(5 + random.nextGaussian())));
        return new Observation(integration, at, random.nextBoolean() ? Source.API : Source.MONITOR, "op",
                failure == null ? 200 : 500, latency, failure, random.nextInt(10) == 0);
    }

}
