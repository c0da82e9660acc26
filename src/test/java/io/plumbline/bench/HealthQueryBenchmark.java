package io.plumbline.bench;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 30-day health view of a client (summary + hourly series, as the dashboard reads it)
 * over a database holding {@code bench.rows} raw observations (default 20 million) for 4
 * clients with 5 integrations each. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HealthQueryBenchmark}.
 */
@PostgresIntegrationTest
class HealthQueryBenchmark {

    private static final long ROWS = Long.getLong("bench.rows", 20_000_000L);

    private static final int QUERIES = Integer.getInteger("bench.queries", 300);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Test
    void thirty_day_client_view_from_rollups() {
        TestAgency agency = fixtures.anAgency();
        List<ClientDetails> clients = new ArrayList<>();
        List<IntegrationDetails> integrations = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            ClientDetails client = fixtures.aClient(agency);
            clients.add(client);
            for (int i = 0; i < 5; i++) {
                integrations.add(fixtures.anIntegration(agency, client));
            }
        }
        BenchReport report = new BenchReport("health-query");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long loaded = load(agency, integrations, now, report);

        TenantScope clientScope = new TenantScope(agency.id(), clients.getFirst().id());
        double[] millis = new double[QUERIES];
        for (int warmUp = 0; warmUp < 30; warmUp++) {
            view(clientScope, clients.getFirst(), now);
        }
        HealthSummary sample = null;
        for (int q = 0; q < QUERIES; q++) {
            long started = System.nanoTime();
            sample = view(clientScope, clients.getFirst(), now);
            millis[q] = (System.nanoTime() - started) / 1e6;
        }
        report.line("data: %,d raw observations over 30 days, 20 integrations (4 clients x 5)".formatted(loaded));
        report.line(
                "30-day client view (summary + %s series, as a client user): %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms"
                    .formatted(sample.granularity().code(), QUERIES, BenchReport.percentile(millis.clone(), 0.5),
                            BenchReport.percentile(millis.clone(), 0.95),
                            BenchReport.percentile(millis.clone(), 0.99)));
        report.line("check: the view counted %,d observations for one client".formatted(sample.total()));
        report.save();
    }

    private HealthSummary view(TenantScope scope, ClientDetails client, Instant now) {
        return CurrentTenant.callAs(scope, () -> {
            HealthSummary summary = metrics.clientHealth(client.id(), now.minus(Duration.ofDays(30)), now);
            List<HealthPoint> series = metrics.clientSeries(client.id(), now.minus(Duration.ofDays(30)), now);
            if (series.isEmpty()) {
                throw new IllegalStateException("no data");
            }
            return summary;
        });
    }

    /**
     * Observations minute by minute through the real write path (COPY + rollups), 10,000
     * per batch.
     */
    private long load(TestAgency agency, List<IntegrationDetails> integrations, Instant now, BenchReport report) {
        SplittableRandom random = new SplittableRandom(3);
        long minutes = Duration.ofDays(30).toMinutes() - 1;
        double perMinute = (double) ROWS / minutes / integrations.size();
        List<Observation> batch = new ArrayList<>(10_000);
        long loaded = 0;
        long started = System.nanoTime();
        for (long m = minutes; m > 0; m--) {
            Instant minute = now.minus(Duration.ofMinutes(m));
            for (IntegrationDetails integration : integrations) {
                int calls = (int) perMinute + (random.nextDouble() < perMinute % 1 ? 1 : 0);
                for (int c = 0; c < calls; c++) {
                    boolean failed = random.nextInt(1000) < 4;
                    batch.add(new Observation(integration.id(), minute.plusMillis(random.nextInt(60_000)), Source.API,
                            "sync", failed ? 503 : 200, 40 + random.nextInt(600),
                            failed ? FailureClass.SERVER_ERROR : null, false));
                }
            }
            if (batch.size() >= 10_000) {
                loaded += flush(agency, batch);
            }
        }
        loaded += flush(agency, batch);
        double seconds = (System.nanoTime() - started) / 1e9;
        report.line("load: %,d observations in %.0f s through MetricsService.record = %,.0f events/s (single writer)"
            .formatted(loaded, seconds, loaded / seconds));
        return loaded;
    }

    private long flush(TestAgency agency, List<Observation> batch) {
        int size = batch.size();
        agency.scope().run(() -> metrics.record(List.copyOf(batch)));
        batch.clear();
        return size;
    }

}
