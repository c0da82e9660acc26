package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiResult;
import io.plumbline.ingestion.MachineApi;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@MachineApi
@Tag(name = "Integrations", description = "What the key may see, and its health from rollups")
class IntegrationsApiController {

    private static final Duration MAX_WINDOW = Duration.ofDays(400);

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final IntegrationService integrations;

    private final ClientService clients;

    private final MetricsService metrics;

    private final Clock clock;

    IntegrationsApiController(IntegrationService integrations, ClientService clients, MetricsService metrics,
            Clock clock) {
        this.integrations = integrations;
        this.clients = clients;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/api/v1/integrations")
    @Operation(summary = "The integrations this key may see: the agency's, or its client's for a client key")
    List<Map<String, Object>> list() {
        Map<ClientId, String> clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        return integrations.list().stream().filter(i -> !i.archived()).map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", i.key());
            item.put("name", i.name());
            item.put("client", clientNames.get(i.client()));
            item.put("category", i.category().name());
            item.put("provider", i.provider());
            item.put("apiVersion", i.apiVersion());
            item.put("criticality", i.criticality().name());
            item.put("credentialExpiresOn",
                    i.credentialExpiresOn() == null ? null : i.credentialExpiresOn().toString());
            return item;
        }).toList();
    }

    @GetMapping("/api/v1/integrations/{key}/health")
    @Operation(summary = "Availability, error rate, latency percentiles and failures per class over a window",
            description = "Read from minute rollups for windows up to a day, hour rollups up to 31 days, day rollups beyond; "
                    + "the window is widened to whole buckets.")
    ResponseEntity<Object> health(@PathVariable String key,
            @Parameter(description = "ISO-8601 instant; default: 24 h before 'to'") @RequestParam(
                    required = false) String from,
            @Parameter(description = "ISO-8601 instant; default: now") @RequestParam(required = false) String to) {
        Instant end;
        Instant start;
        try {
            end = to == null ? clock.instant() : instant("to", to);
            start = from == null ? end.minus(Duration.ofHours(24)) : instant("from", from);
        }
        catch (InvalidWindowParameter e) {
            ApiResult problem = ApiResult.problem(400, "invalid-window", "Invalid window", e.getMessage());
            problem.body().put("parameter", e.parameter);
            return problem.toResponse();
        }
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            return ApiResult
                .problem(400, "invalid-window", "Invalid window",
                        "'from' must be before 'to', and the window at most 400 days.")
                .toResponse();
        }
        Optional<IntegrationDetails> integration = integrations.findByKey(key);
        if (integration.isEmpty()) {
            return ApiResult
                .problem(404, "unknown-integration", "Unknown integration",
                        "No integration with key '%s' is visible to this API key.".formatted(key))
                .toResponse();
        }
        HealthSummary health = metrics.health(integration.get().id(), start, end);
        return ApiResult.ok(body(key, health)).toResponse();
    }

    /**
     * An instant the rollup queries can hold: a year between 1 and 9999 (Instant itself
     * reaches year ±1,000,000,000).
     */
    private static Instant instant(String parameter, String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new InvalidWindowParameter(parameter,
                    "'%s' is not an ISO-8601 instant like 2026-11-26T00:00:00Z.".formatted(parameter));
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidWindowParameter(parameter,
                    "'%s' must be between %s and %s.".formatted(parameter, EARLIEST, LATEST));
        }
        return instant;
    }

    private static final class InvalidWindowParameter extends RuntimeException {

        private final String parameter;

        InvalidWindowParameter(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }

    }

    private static Map<String, Object> body(String key, HealthSummary health) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("integration", key);
        body.put("from", health.from().toString());
        body.put("to", health.to().toString());
        body.put("granularity", health.granularity().code());
        body.put("total", health.total());
        body.put("good", health.good());
        body.put("retried", health.retried());
        body.put("availability", health.availability().isPresent() ? health.availability().getAsDouble() : null);
        body.put("errorRate", health.errorRate().isPresent() ? health.errorRate().getAsDouble() : null);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", health.p50().isPresent() ? health.p50().getAsLong() : null);
        latency.put("p95", health.p95().isPresent() ? health.p95().getAsLong() : null);
        latency.put("p99", health.p99().isPresent() ? health.p99().getAsLong() : null);
        body.put("latencyMs", latency);
        Map<String, Long> failures = new LinkedHashMap<>();
        for (FailureClass failureClass : FailureClass.values()) {
            failures.put(failureClass.name(), health.failures(failureClass));
        }
        body.put("failures", failures);
        return body;
    }

}
