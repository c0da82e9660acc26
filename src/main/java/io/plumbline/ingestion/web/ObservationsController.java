package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.ingestion.web.IdempotencyStore.KeyConflict;
import io.plumbline.ingestion.web.IdempotencyStore.StoredResponse;
import io.plumbline.ingestion.web.ObservationParser.MalformedBatchException;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.shared.Secrets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "Observations", description = "Push the API calls your gateways, ETL jobs and log shippers saw")
class ObservationsController {

    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    static final int MAX_ITEMS = 10_000;

    private final ObservationParser parser;
    private final IntegrationService integrations;
    private final MetricsService metrics;
    private final IdempotencyStore idempotency;
    private final ObjectMapper json;

    ObservationsController(ObservationParser parser, IntegrationService integrations, MetricsService metrics,
            IdempotencyStore idempotency, ObjectMapper json) {
        this.parser = parser;
        this.integrations = integrations;
        this.metrics = metrics;
        this.idempotency = idempotency;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/observations", consumes = {"application/json", "application/x-ndjson"})
    @Operation(summary = "Store a batch of observations, whole or not at all",
            description = "A JSON array, or NDJSON (Content-Type: application/x-ndjson). At most 5 MiB and 10,000 items.")
    ResponseEntity<Object> record(HttpServletRequest request,
            @Parameter(description = "Repeat a request safely: the same key and body return the first response")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        ApiKeyPrincipal key = (ApiKeyPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        Optional<byte[]> body = readBounded(request);
        if (body.isEmpty()) {
            return Problems.problem(413, "payload-too-large", "Payload too large",
                    "A batch may have at most %d bytes; split it.".formatted(MAX_BODY_BYTES)).toResponse();
        }
        boolean ndjson = request.getContentType() != null && request.getContentType().contains("ndjson");
        if (idempotencyKey == null) {
            return store(body.get(), ndjson).toResponse();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return Problems.problem(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "An Idempotency-Key has 1 to 200 characters.").toResponse();
        }
        String requestHash = Secrets.sha256((ndjson ? "ndjson:" : "json:") + Secrets.sha256(body.get()));
        try {
            Optional<StoredResponse> earlier = idempotency.claim(key, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new ApiResult(earlier.get().status(), json.readValue(earlier.get().body(),
                        new TypeReference<LinkedHashMap<String, Object>>() { })).toResponse();
            }
        } catch (KeyConflict conflict) {
            return Problems.problem(conflict.status(), "idempotency-conflict", "Idempotency-Key conflict",
                    conflict.getMessage()).toResponse();
        }
        try {
            ApiResult result = store(body.get(), ndjson);
            idempotency.complete(key, idempotencyKey, result.status(), json.writeValueAsString(result.body()));
            return result.toResponse();
        } catch (RuntimeException e) {
            idempotency.release(key, idempotencyKey);
            throw e;
        }
    }

    private ApiResult store(byte[] body, boolean ndjson) {
        ObservationParser.Result parsed;
        try {
            parsed = parser.parse(body, ndjson);
        } catch (MalformedBatchException e) {
            return Problems.problem(400, "malformed-batch", "Malformed batch", e.getMessage());
        }
        int items = parsed.items().size() + (int) parsed.errors().stream().map(ItemError::index).distinct().count();
        if (items == 0) {
            return Problems.problem(400, "empty-batch", "Empty batch", "The batch holds no observations.");
        }
        if (items > MAX_ITEMS) {
            return Problems.problem(413, "payload-too-large", "Too many observations",
                    "A batch may hold at most %,d observations; this one has %,d.".formatted(MAX_ITEMS, items));
        }
        List<ItemError> errors = new ArrayList<>(parsed.errors());
        List<Observation> observations = resolve(parsed.items(), errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ItemError::index));
            return Problems.invalidItems(errors, items);
        }
        metrics.record(observations);
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("accepted", observations.size());
        return new ApiResult(200, accepted);
    }

    /** Unknown keys and keys of other agencies (or other clients, for a client key) get the same answer. */
    private List<Observation> resolve(List<ParsedItem> items, List<ItemError> errors) {
        Map<String, IntegrationDetails> byKey = integrations.findByKeys(
                items.stream().map(ParsedItem::integrationKey).collect(java.util.stream.Collectors.toSet()));
        List<Observation> observations = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            Optional<IntegrationDetails> integration = Optional.ofNullable(byKey.get(item.integrationKey()))
                    .filter(i -> !i.archived());
            if (integration.isEmpty()) {
                errors.add(new ItemError(item.index(), "integration",
                        "unknown integration key '%s'".formatted(item.integrationKey())));
                continue;
            }
            observations.add(new Observation(integration.get().id(), item.timestamp(), Source.API, item.operation(),
                    item.status(), item.latencyMs(), item.failureClass(), item.retried()));
        }
        return observations;
    }

    private static Optional<byte[]> readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
        }
    }
}
