package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.exporter.otlp.internal.HttpExporterBuilder;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.common.internal.StandardComponentId;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.TestClock;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.ingestion.OtlpIntakeService;
import io.plumbline.ingestion.UnmappedHost;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.tenancy.ClientDetails;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OTLP/HTTP trace intake against the running server: the real OpenTelemetry SDK and
 * its OTLP/HTTP exporter (protobuf with gzip, and JSON), host and path-prefix routes,
 * explicit integrations, unmapped hosts, client-key scoping, agency isolation, and the
 * protocol's answers.
 */
@PostgresIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtlpTracesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    HostRouteService routes;

    @Autowired
    OtlpIntakeService intake;

    @Autowired
    MetricsService metrics;

    @Autowired
    TestClock clock;

    final HttpClient http = HttpClient.newHttpClient();

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    String agencyKey;

    Instant now;

    SdkTracerProvider tracing;

    @BeforeEach
    void anAgencyWithAKeyAndAnIntegration() {
        clock.reset();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        agencyKey = agency.scope().call(() -> apiKeys.create("collector", null)).secret();
    }

    @AfterEach
    void stopTracing() {
        if (tracing != null) {
            tracing.shutdown().join(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_sdk_exporter_in_protobuf_with_gzip_stores_http_client_spans_of_the_mapped_host() {
        map(agency, crm, "api.hubapi.com");
        Tracer tracer = sdk(OtlpHttpSpanExporter.builder()
            .setEndpoint(url("/v1/traces"))
            .addHeader("Authorization", "Bearer " + agencyKey)
            .setCompression("gzip")
            .build(), Attributes.empty());

        clientSpan(tracer, "GET", "https://api.hubapi.com/crm/v3/objects/contacts", 200, null, 120);
        clientSpan(tracer, "POST", "https://api.hubapi.com/crm/v3/objects/contacts", 429, "429", 35);
        clientSpan(tracer, "GET", "https://api.hubapi.com/crm/v3/owners", 503, "503", 900);
        // The older semantic conventions, as older instrumentations write them.
        tracer.spanBuilder("GET")
            .setSpanKind(SpanKind.CLIENT)
            .setStartTimestamp(now.minusSeconds(30))
            .setAttribute("http.method", "GET")
            .setAttribute("http.url", "https://api.hubapi.com/crm/v3/pipelines")
            .setAttribute("net.peer.name", "api.hubapi.com")
            .setAttribute(AttributeKey.longKey("http.status_code"), 200L)
            .startSpan()
            .end(now.minusSeconds(30).plusMillis(80));
        // Ignored: not CLIENT, or no HTTP method.
        tracer.spanBuilder("GET /webhook").setSpanKind(SpanKind.SERVER).startSpan().end();
        tracer.spanBuilder("SELECT")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.system", "postgresql")
            .startSpan()
            .end();
        flush();

        HealthSummary health = health(agency, crm);
        assertThat(health.total()).isEqualTo(4);
        assertThat(health.good()).isEqualTo(2);
        assertThat(health.failures(FailureClass.THROTTLED)).isEqualTo(1);
        assertThat(health.failures(FailureClass.SERVER_ERROR)).isEqualTo(1);
        assertThat(health.latencySumMs()).isEqualTo(120 + 80);
    }

    @Test
    void the_sdk_exporter_in_json_stores_spans_of_the_integration_the_resource_names() throws Exception {
        IntegrationDetails email = fixtures.anIntegration(agency, client);
        HttpExporterBuilder json = new HttpExporterBuilder(
                StandardComponentId.ExporterType.OTLP_HTTP_JSON_SPAN_EXPORTER, url("/api/v1/otlp/v1/traces"))
            .exportAsJson();
        Constructor<OtlpHttpSpanExporterBuilder> withDelegate = OtlpHttpSpanExporterBuilder.class
            .getDeclaredConstructor(HttpExporterBuilder.class, MemoryMode.class);
        withDelegate.setAccessible(true);
        Tracer tracer = sdk(withDelegate.newInstance(json, MemoryMode.IMMUTABLE_DATA)
            .addHeader("Authorization", "Bearer " + agencyKey)
            .build(), Attributes.of(AttributeKey.stringKey("plumbline.integration"), email.key()));

        clientSpan(tracer, "POST", "https://a.klaviyo.com/api/events", 202, null, 95);
        tracer.spanBuilder("POST")
            .setSpanKind(SpanKind.CLIENT)
            .setStartTimestamp(now.minusSeconds(20))
            .setAttribute("http.request.method", "POST")
            .setAttribute("server.address", "a.klaviyo.com")
            .setAttribute("error.type", "java.net.SocketTimeoutException")
            .startSpan()
            .end(now.minusSeconds(10));
        flush();

        HealthSummary health = health(agency, email);
        assertThat(health.total()).isEqualTo(2);
        assertThat(health.good()).isEqualTo(1);
        assertThat(health.failures(FailureClass.TIMEOUT)).isEqualTo(1);
        assertThat(health(agency, crm).total()).isZero();
    }

    @Test
    void the_longest_matching_path_prefix_picks_the_integration() throws Exception {
        IntegrationDetails other = fixtures.anIntegration(agency, client);
        map(agency, crm, "api.example.com/crm");
        map(agency, other, "api.example.com");

        ExportTraceServiceResponse response = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), span("https://api.example.com/crm/v3/contacts", 200, 40),
                        span("https://api.example.com/crm", 200, 40), span("https://api.example.com/crmx/v3", 200, 40),
                        span("https://API.example.com:443/other?q=1", 200, 40)));

        assertThat(response.hasPartialSuccess()).isFalse();
        assertThat(health(agency, crm).total()).isEqualTo(2);
        assertThat(health(agency, other).total()).isEqualTo(2);
    }

    @Test
    void spans_to_unmapped_hosts_are_rejected_counted_listed_and_mapped_in_one_step() throws Exception {
        ExportTraceServiceResponse response = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), span("https://api.unmapped.test/v1/a", 200, 40),
                        span("https://api.unmapped.test/v1/b", 500, 40), span("https://api.hubapi.com/x", 200, 40)));

        assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(3);
        assertThat(response.getPartialSuccess().getErrorMessage()).contains("0 of 3 spans stored",
                "'api.hubapi.com', 'api.unmapped.test'");
        List<UnmappedHost> listed = agency.scope().call(intake::unmappedHosts);
        assertThat(listed).extracting(UnmappedHost::host, UnmappedHost::spans, UnmappedHost::client)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("api.unmapped.test", 2L, null),
                    org.assertj.core.groups.Tuple.tuple("api.hubapi.com", 1L, null));

        UnmappedHost unmapped = listed.getFirst();
        agency.scope().run(() -> intake.map(unmapped, "", crm.id()));
        ExportTraceServiceResponse after = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), span("https://api.unmapped.test/v1/c", 200, 40)));

        assertThat(after.hasPartialSuccess()).isFalse();
        assertThat(health(agency, crm).total()).isEqualTo(1);
        assertThat(agency.scope().call(intake::unmappedHosts)).extracting(UnmappedHost::host)
            .containsExactly("api.hubapi.com");
    }

    @Test
    void non_client_and_non_http_spans_are_ignored_and_counted_in_the_answer() throws Exception {
        map(agency, crm, "api.hubapi.com");
        Span server = span("https://api.hubapi.com/x", 200, 10).toBuilder()
            .setKind(Span.SpanKind.SPAN_KIND_SERVER)
            .build();
        Span noHttp = Span.newBuilder()
            .setName("publish")
            .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
            .setStartTimeUnixNano(nanos(now.minusSeconds(5)))
            .setEndTimeUnixNano(nanos(now.minusSeconds(4)))
            .build();

        ExportTraceServiceResponse response = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), server, noHttp, span("https://api.hubapi.com/x", 200, 10)));

        assertThat(response.getPartialSuccess().getRejectedSpans()).isZero();
        assertThat(response.getPartialSuccess().getErrorMessage()).contains("1 of 3 spans stored",
                "2 ignored (1 not of kind CLIENT, 1 without an HTTP method)");
        assertThat(health(agency, crm).total()).isEqualTo(1);
    }

    @Test
    void a_client_key_cannot_write_to_another_clients_integration() throws Exception {
        ClientDetails otherClient = fixtures.aClient(agency);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        map(agency, otherCrm, "api.other.test");
        String clientKey = agency.scope().call(() -> apiKeys.create("client A", client.id())).secret();

        ExportTraceServiceResponse named = exportOk(clientKey,
                request(resource(otherCrm.key()), span("https://api.hubapi.com/x", 200, 10)));
        ExportTraceServiceResponse byHost = exportOk(clientKey,
                request(Resource.getDefaultInstance(), span("https://api.other.test/x", 200, 10)));
        ExportTraceServiceResponse own = exportOk(clientKey,
                request(resource(crm.key()), span("https://api.hubapi.com/x", 200, 10)));

        assertThat(named.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(named.getPartialSuccess().getErrorMessage())
            .contains("unknown integration key '" + otherCrm.key() + "'");
        // The other client's route is not this key's: the host is unmapped for it.
        assertThat(byHost.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(own.hasPartialSuccess()).isFalse();
        assertThat(health(agency, otherCrm).total()).isZero();
        assertThat(health(agency, crm).total()).isEqualTo(1);
        assertThat(agency.scope().call(intake::unmappedHosts)).extracting(UnmappedHost::host, UnmappedHost::client)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("api.other.test", client.id()));
    }

    @Test
    void another_agencys_routes_never_apply_and_its_unmapped_hosts_stay_invisible() throws Exception {
        TestAgency other = fixtures.anAgency();
        IntegrationDetails theirs = fixtures.anIntegration(other, fixtures.aClient(other));
        map(other, theirs, "api.hubapi.com");
        String theirKey = other.scope().call(() -> apiKeys.create("theirs", null)).secret();

        ExportTraceServiceResponse ours = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), span("https://api.hubapi.com/x", 200, 10)));
        ExportTraceServiceResponse theirsNamedByUs = exportOk(agencyKey,
                request(resource(theirs.key()), span("https://api.hubapi.com/x", 200, 10)));
        exportOk(theirKey, request(Resource.getDefaultInstance(), span("https://api.private-host.test/x", 200, 10)));

        assertThat(ours.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(theirsNamedByUs.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(health(other, theirs).total()).isZero();
        assertThat(agency.scope().call(intake::unmappedHosts)).extracting(UnmappedHost::host)
            .containsExactly("api.hubapi.com");
        assertThat(other.scope().call(intake::unmappedHosts)).extracting(UnmappedHost::host)
            .containsExactly("api.private-host.test");
    }

    @Test
    void gzip_json_with_hex_ids_and_integer_enums_is_accepted() throws Exception {
        map(agency, crm, "api.hubapi.com");
        long start = nanos(now.minusSeconds(3));
        String json = """
                {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"etl"}}]},
                 "scopeSpans":[{"scope":{"name":"manual"},"spans":[{
                   "traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"EEE19B7EC3C1B174","name":"GET",
                   "kind":3,"startTimeUnixNano":"%d","endTimeUnixNano":"%d",
                   "attributes":[{"key":"http.request.method","value":{"stringValue":"GET"}},
                                 {"key":"url.full","value":{"stringValue":"https://api.hubapi.com/crm/v3/objects"}},
                                 {"key":"http.response.status_code","value":{"intValue":"401"}}],
                   "status":{"code":2},"unknownFutureField":true}]}]}]}
                """.formatted(start, start + 250_000_000L);

        HttpResponse<byte[]> answer = post("/v1/traces", agencyKey, "application/json", gzip(json), "gzip");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        HealthSummary health = health(agency, crm);
        assertThat(health.total()).isEqualTo(1);
        assertThat(health.failures(FailureClass.AUTH)).isEqualTo(1);
    }

    @Test
    void malformed_bodies_missing_keys_and_other_media_types_get_a_status_in_the_requests_encoding() throws Exception {
        HttpResponse<byte[]> protobuf = post("/v1/traces", agencyKey, "application/x-protobuf",
                new byte[] { 0x0a, 0x7f, 0x01 }, null);
        HttpResponse<byte[]> json = post("/v1/traces", agencyKey, "application/json",
                "{\"resourceSpans\": [".getBytes(StandardCharsets.UTF_8), null);
        HttpResponse<byte[]> badHex = post("/v1/traces", agencyKey, "application/json",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"not-hex\"}]}]}]}"
                    .getBytes(StandardCharsets.UTF_8),
                null);
        HttpResponse<byte[]> badGzip = post("/v1/traces", agencyKey, "application/x-protobuf", new byte[] { 1, 2, 3 },
                "gzip");
        HttpResponse<byte[]> noKey = post("/v1/traces", null, "application/x-protobuf", new byte[0], null);
        HttpResponse<byte[]> xml = post("/v1/traces", agencyKey, "application/xml", new byte[0], null);
        HttpResponse<byte[]> metricsSignal = post("/v1/metrics", agencyKey, "application/x-protobuf", new byte[0],
                null);

        assertThat(protobuf.statusCode()).isEqualTo(400);
        var status = OtlpCodec.parseStatus(protobuf.body());
        assertThat(status.getField(status.getDescriptorForType().findFieldByName("code"))).isEqualTo(3);
        assertThat((String) status.getField(status.getDescriptorForType().findFieldByName("message")))
            .startsWith("The body is not an OTLP ExportTraceServiceRequest in protobuf");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(new String(json.body(), StandardCharsets.UTF_8))
            .startsWith("{\"code\":3,\"message\":\"The body is not valid JSON");
        assertThat(new tools.jackson.databind.ObjectMapper().readTree(badHex.body()).path("message").asString())
            .isEqualTo("traceId 'not-hex' is not hex-encoded.");
        assertThat(badGzip.statusCode()).isEqualTo(400);
        assertThat(noKey.statusCode()).isEqualTo(401);
        var unauthenticated = OtlpCodec.parseStatus(noKey.body());
        assertThat(unauthenticated.getField(unauthenticated.getDescriptorForType().findFieldByName("code")))
            .isEqualTo(16);
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(metricsSignal.statusCode()).isEqualTo(404);
    }

    @Test
    void invalid_spans_are_rejected_and_the_rest_stored() throws Exception {
        map(agency, crm, "api.hubapi.com");
        Span future = span("https://api.hubapi.com/x", 200, 10).toBuilder()
            .setStartTimeUnixNano(nanos(now.plus(Duration.ofHours(1))))
            .setEndTimeUnixNano(nanos(now.plus(Duration.ofHours(1))) + 1_000_000)
            .build();
        Span backwards = span("https://api.hubapi.com/x", 200, 10).toBuilder()
            .setEndTimeUnixNano(nanos(now.minusSeconds(60)))
            .build();

        ExportTraceServiceResponse response = exportOk(agencyKey,
                request(Resource.getDefaultInstance(), future, backwards, span("https://api.hubapi.com/x", 200, 10)));

        assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(2);
        assertThat(response.getPartialSuccess().getErrorMessage()).contains("2 rejected as invalid",
                "1 starts more than 5 minutes in the future", "1 ends before it starts");
        assertThat(health(agency, crm).total()).isEqualTo(1);
    }

    // --- helpers

    private void map(TestAgency owner, IntegrationDetails integration, String host) {
        owner.scope().run(() -> routes.add(integration.id(), HostPattern.parse(host, "hosts")));
    }

    private HealthSummary health(TestAgency owner, IntegrationDetails integration) {
        return owner.scope()
            .call(() -> metrics.health(integration.id(), now.minus(Duration.ofHours(2)),
                    now.plus(Duration.ofHours(1))));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Tracer sdk(SpanExporter exporter, Attributes resource) {
        tracing = SdkTracerProvider.builder()
            .setResource(io.opentelemetry.sdk.resources.Resource.getDefault()
                .merge(io.opentelemetry.sdk.resources.Resource.create(resource)))
            .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
            .build();
        return tracing.get("otlp-it");
    }

    private void flush() {
        var result = tracing.forceFlush().join(20, TimeUnit.SECONDS);
        assertThat(result.isSuccess()).as("the exporter's export succeeded").isTrue();
    }

    private void clientSpan(Tracer tracer, String method, String url, long status, String errorType, long latencyMs) {
        Instant start = now.minusSeconds(60);
        var builder = tracer.spanBuilder(method)
            .setSpanKind(SpanKind.CLIENT)
            .setStartTimestamp(start)
            .setAttribute("http.request.method", method)
            .setAttribute("url.full", url)
            .setAttribute("server.address", URI.create(url).getHost())
            .setAttribute(AttributeKey.longKey("http.response.status_code"), status);
        if (errorType != null) {
            builder.setAttribute("error.type", errorType);
        }
        builder.startSpan().end(start.plusMillis(latencyMs));
    }

    private Span span(String url, int status, long latencyMs) {
        long start = nanos(now.minusSeconds(10));
        return Span.newBuilder()
            .setTraceId(ByteString.copyFrom(uuidBytes()))
            .setSpanId(ByteString.copyFrom(uuidBytes(), 0, 8))
            .setName("GET")
            .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
            .setStartTimeUnixNano(start)
            .setEndTimeUnixNano(start + latencyMs * 1_000_000)
            .addAttributes(attribute("http.request.method", "GET"))
            .addAttributes(attribute("url.full", url))
            .addAttributes(KeyValue.newBuilder()
                .setKey("http.response.status_code")
                .setValue(AnyValue.newBuilder().setIntValue(status)))
            .build();
    }

    private static byte[] uuidBytes() {
        UUID id = UUID.randomUUID();
        return java.nio.ByteBuffer.allocate(16)
            .putLong(id.getMostSignificantBits())
            .putLong(id.getLeastSignificantBits())
            .array();
    }

    private static Resource resource(String integrationKey) {
        return Resource.newBuilder().addAttributes(attribute("plumbline.integration", integrationKey)).build();
    }

    private static KeyValue attribute(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static ExportTraceServiceRequest request(Resource resource, Span... spans) {
        return ExportTraceServiceRequest.newBuilder()
            .addResourceSpans(ResourceSpans.newBuilder()
                .setResource(resource)
                .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(List.of(spans))))
            .build();
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }

    private ExportTraceServiceResponse exportOk(String key, ExportTraceServiceRequest request) throws Exception {
        HttpResponse<byte[]> answer = post("/v1/traces", key, "application/x-protobuf", request.toByteArray(), null);
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
        return ExportTraceServiceResponse.parseFrom(answer.body());
    }

    private HttpResponse<byte[]> post(String path, String key, String contentType, byte[] body, String encoding)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

}
