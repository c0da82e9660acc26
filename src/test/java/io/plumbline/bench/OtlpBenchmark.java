package io.plumbline.bench;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * OTLP/HTTP trace intake into PostgreSQL, end to end (API key, protobuf decoding, span
 * reading, host routes, COPY, rollups): spans per second. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OtlpBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "plumbline.api.rate-limit.requests-per-second=1000000",
                "plumbline.api.rate-limit.burst=1000000" })
@ActiveProfiles("pgtest")
@Import(Fixtures.class)
class OtlpBenchmark {

    /** Spans per export: 512 is the SDK's BatchSpanProcessor default. */
    private static final int BATCH = Integer.getInteger("bench.batch", 512);

    private static final int SENDERS = Integer.getInteger("bench.senders", 2);

    private static final boolean GZIP = Boolean.getBoolean("bench.gzip");

    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));

    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    HostRouteService routes;

    @Test
    void otlp_spans_per_second() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            IntegrationDetails integration = fixtures.anIntegration(agency, client);
            String host = "api-" + i + ".bench.test";
            agency.scope().run(() -> routes.add(integration.id(), HostPattern.parse(host, "hosts")));
            hosts.add(host);
        }
        String key = agency.scope().call(() -> apiKeys.create("bench", null)).secret();
        List<byte[]> bodies = bodies(hosts, 20);

        BenchReport report = new BenchReport("otlp");
        report.line("OTLP/HTTP protobuf%s, %d spans per export (all HTTP client spans, 20 mapped hosts), %d concurrent "
            .formatted(GZIP ? " + gzip" : "", BATCH, SENDERS)
                + "senders, warm-up %s, measured %s; load before: %s".formatted(WARM_UP, MEASURE,
                        BenchReport.loadAverage()));
        send(key, bodies, WARM_UP);
        long[] result = new long[2];
        List<Double> latencies = send(key, bodies, MEASURE, result);
        double seconds = result[1] / 1e9;
        double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        report.line("%,d spans in %.1f s = %,.0f spans/s (%d exports, p50 %.0f ms, p95 %.0f ms per export)".formatted(
                result[0], seconds, result[0] / seconds, millis.length, BenchReport.percentile(millis.clone(), 0.5),
                BenchReport.percentile(millis.clone(), 0.95)));
        report.line("load after: " + BenchReport.loadAverage());
        report.save();
    }

    private void send(String key, List<byte[]> bodies, Duration length) throws Exception {
        send(key, bodies, length, new long[2]);
    }

    private List<Double> send(String key, List<byte[]> bodies, Duration length, long[] result) throws Exception {
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
        URI uri = URI.create("http://localhost:" + port + "/v1/traces");
        AtomicLong spans = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + length.toNanos();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < SENDERS; s++) {
                int offset = s;
                senders.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/x-protobuf")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i++ % bodies.size())));
                        if (GZIP) {
                            request.header("Content-Encoding", "gzip");
                        }
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request.build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200
                                || ExportTraceServiceResponse.parseFrom(response.body()).hasPartialSuccess()) {
                            throw new IllegalStateException(response.statusCode() + " " + new String(response.body()));
                        }
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        spans.addAndGet(BATCH);
                    }
                    return null;
                });
            }
        }
        result[0] = spans.get();
        result[1] = System.nanoTime() - start;
        return latencies;
    }

    private static List<byte[]> bodies(List<String> hosts, int count) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.now();
        List<byte[]> bodies = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            ScopeSpans.Builder scope = ScopeSpans.newBuilder();
            for (int i = 0; i < BATCH; i++) {
                String host = hosts.get(random.nextInt(hosts.size()));
                int status = random.nextInt(100) < 3 ? 503 : 200;
                Instant start = now.minusSeconds(random.nextInt(3600));
                long startNanos = TimeUnit.SECONDS.toNanos(start.getEpochSecond());
                byte[] id = new byte[16];
                random.nextBytes(id);
                scope.addSpans(Span.newBuilder()
                    .setTraceId(ByteString.copyFrom(id))
                    .setSpanId(ByteString.copyFrom(id, 0, 8))
                    .setName("GET")
                    .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                    .setStartTimeUnixNano(startNanos)
                    .setEndTimeUnixNano(startNanos + (50 + random.nextInt(400)) * 1_000_000L)
                    .addAttributes(text("http.request.method", "GET"))
                    .addAttributes(text("server.address", host))
                    .addAttributes(text("url.full", "https://" + host + "/crm/v3/objects/contacts?limit=100"))
                    .addAttributes(KeyValue.newBuilder()
                        .setKey("http.response.status_code")
                        .setValue(AnyValue.newBuilder().setIntValue(status))));
            }
            byte[] body = ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                    .setResource(Resource.newBuilder().addAttributes(text("service.name", "etl-bench")))
                    .addScopeSpans(scope))
                .build()
                .toByteArray();
            bodies.add(GZIP ? gzip(body) : body);
        }
        return bodies;
    }

    private static KeyValue text(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static byte[] gzip(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

}
