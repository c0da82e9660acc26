package io.plumbline.bench;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * HTTP ingestion into PostgreSQL, end to end (API key, JSON parsing, validation, COPY,
 * rollups), against a raw COPY of the same rows in the same run. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IngestionBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "plumbline.api.rate-limit.requests-per-second=1000000",
                "plumbline.api.rate-limit.burst=1000000" })
@ActiveProfiles("pgtest")
@Import(Fixtures.class)
class IngestionBenchmark {

    private static final int BATCH = Integer.getInteger("bench.batch", 2_000);

    private static final int SENDERS = Integer.getInteger("bench.senders", 4);

    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));

    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 45));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    DataSource dataSource;

    @Test
    void http_ingestion_against_raw_copy() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        List<IntegrationDetails> integrations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            integrations.add(fixtures.anIntegration(agency, client));
        }
        String key = agency.scope().call(() -> apiKeys.create("bench", null)).secret();
        List<String> bodies = bodies(integrations, 40);

        BenchReport report = new BenchReport("ingestion");
        report.line("batch size %d observations, %d concurrent senders, warm-up %s, measured %s".formatted(BATCH,
                SENDERS, WARM_UP, MEASURE));
        send(key, bodies, WARM_UP);
        Result http = send(key, bodies, MEASURE);
        double copy = rawCopy(integrations, agency.id().value(), client.id().value(), MEASURE);
        report.line(
                "HTTP ingestion: %,d events in %.1f s = %,.0f events/s (%d requests, p50 %.0f ms, p95 %.0f ms per request)"
                    .formatted(http.events, http.seconds, http.events / http.seconds, http.requests, http.p50,
                            http.p95));
        report.line("raw COPY of the same rows (staging table, same connection pool): %,.0f rows/s".formatted(copy));
        report.line("HTTP ingestion reaches %.0f %% of raw COPY".formatted(100 * (http.events / http.seconds) / copy));
        report.save();
    }

    record Result(long events, long requests, double seconds, double p50, double p95) {
    }

    private Result send(String key, List<String> bodies, Duration length) throws Exception {
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/observations");
        AtomicLong events = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + length.toNanos();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < SENDERS; s++) {
                int offset = s;
                senders.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i++ % bodies.size())))
                            .build();
                        long sent = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        events.addAndGet(BATCH);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(events.get(), millis.length, seconds, BenchReport.percentile(millis.clone(), 0.5),
                BenchReport.percentile(millis.clone(), 0.95));
    }

    /**
     * The same rows as CSV, COPYed into a staging table without row-level security: the
     * floor of any write path.
     */
    private double rawCopy(List<IntegrationDetails> integrations, UUID agency, UUID client, Duration length)
            throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<String> csvBatches = new ArrayList<>();
        Instant now = Instant.now();
        for (int b = 0; b < 40; b++) {
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < BATCH; i++) {
                csv.append(agency)
                    .append(',')
                    .append(client)
                    .append(',')
                    .append(integrations.get(random.nextInt(integrations.size())).id().value())
                    .append(',')
                    .append(now.minusSeconds(random.nextInt(3600)))
                    .append(",API,\"GET /contacts\",200,")
                    .append(50 + random.nextInt(400))
                    .append(",,false\n");
            }
            csvBatches.add(csv.toString());
        }
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE copy_reference (LIKE observation)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int i = 0;
            while (System.nanoTime() - start < length.toNanos()) {
                rows += copy.copyIn(
                        "COPY copy_reference (agency_id, client_id, integration_id, observed_at, source, operation, "
                                + "http_status, latency_ms, failure_class, retried) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csvBatches.get(i++ % csvBatches.size())));
                if (i % 50 == 0) {
                    statement.execute("TRUNCATE copy_reference");
                }
            }
            statement.execute("DROP TABLE copy_reference");
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> bodies(List<IntegrationDetails> integrations, int count) {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.now();
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            StringBuilder json = new StringBuilder(BATCH * 150).append('[');
            for (int i = 0; i < BATCH; i++) {
                if (i > 0) {
                    json.append(',');
                }
                int status = random.nextInt(100) < 3 ? 503 : 200;
                json.append("{\"integration\":\"")
                    .append(integrations.get(random.nextInt(integrations.size())).key())
                    .append("\",\"timestamp\":\"")
                    .append(now.minusSeconds(random.nextInt(3600)))
                    .append("\",\"operation\":\"GET /crm/v3/objects/contacts\",\"status\":")
                    .append(status)
                    .append(",\"latencyMs\":")
                    .append(50 + random.nextInt(400))
                    .append('}');
            }
            bodies.add(json.append(']').toString());
        }
        return bodies;
    }

}
