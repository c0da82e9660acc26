package io.plumbline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ten senders at once, each with batches over the same integrations and the same minutes,
 * in different orders: no deadlock, no lost count, and no lost latency (each bucket's
 * sketch is merged from the stored one under the row lock the counts upsert takes).
 */
@PostgresIntegrationTest
class ConcurrentSendersIT {

    private static final int SENDERS = 10;

    private static final int BATCHES = 8;

    private static final int BATCH_SIZE = 400;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Test
    void ten_concurrent_senders_on_the_same_integrations_lose_no_count_and_never_deadlock() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        List<IntegrationDetails> integrations = List.of(fixtures.anIntegration(agency, client),
                fixtures.anIntegration(agency, client), fixtures.anIntegration(agency, client));
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        List<IntegrationId> ids = integrations.stream().map(IntegrationDetails::id).toList();

        try (ExecutorService senders = Executors.newFixedThreadPool(SENDERS)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                sent.add(senders.submit(() -> {
                    SplittableRandom random = new SplittableRandom(sender);
                    for (int b = 0; b < BATCHES; b++) {
                        List<Observation> batch = new ArrayList<>(BATCH_SIZE);
                        for (int i = 0; i < BATCH_SIZE; i++) {
                            // 30 minutes over two hours, so that batches share minute,
                            // hour and day rows; every sender in its own order.
                            Instant at = start.plus(Duration.ofMinutes(random.nextInt(30) * 4L))
                                .plusSeconds(random.nextInt(60));
                            boolean good = random.nextInt(10) > 0;
                            batch.add(new Observation(ids.get(random.nextInt(ids.size())), at, Source.API, "op",
                                    good ? 200 : 503, 20 + random.nextInt(500), good ? null : FailureClass.SERVER_ERROR,
                                    false));
                        }
                        agency.scope().run(() -> metrics.record(batch));
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }

        long expected = (long) SENDERS * BATCHES * BATCH_SIZE;
        for (Granularity granularity : Granularity.values()) {
            List<MetricBucket> buckets = agency.scope()
                .call(() -> metrics.buckets(ids, granularity, start, start.plus(Duration.ofHours(3))));
            assertThat(buckets.stream().mapToLong(MetricBucket::total).sum()).as(granularity + " total")
                .isEqualTo(expected);
            for (MetricBucket bucket : buckets) {
                assertThat(bucket.latency().total()).as("latency observations of %s %s", granularity, bucket.start())
                    .isEqualTo(bucket.good());
            }
        }
    }

}
