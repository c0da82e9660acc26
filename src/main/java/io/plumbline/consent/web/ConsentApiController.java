package io.plumbline.consent.web;

import io.plumbline.consent.ConsentService;
import io.plumbline.ingestion.ApiBatches;
import io.plumbline.ingestion.ApiResult;
import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.MachineApi;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Consent observations over the machine API, with the observations API's batch semantics
 * (docs/api.md).
 */
@RestController
@MachineApi
@Tag(name = "Consent",
        description = "Push the consent metadata your records carried, sync-job counts, and sample payloads")
class ConsentApiController {

    private static final String JSON_OR_NDJSON = "A JSON array, or NDJSON (Content-Type: application/x-ndjson). "
            + "At most 5 MiB and 10,000 items; stored whole or not at all.";

    private final ApiBatches batches;

    private final IntegrationService integrations;

    private final ConsentService consent;

    private final Clock clock;

    ConsentApiController(ApiBatches batches, IntegrationService integrations, ConsentService consent, Clock clock) {
        this.batches = batches;
        this.integrations = integrations;
        this.consent = consent;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/consent/records", consumes = { "application/json", "application/x-ndjson" })
    @Operation(summary = "Record-level consent observations: the consent fields each record carried",
            description = JSON_OR_NDJSON
                    + " recordRef must be opaque or hashed: e-mail addresses and phone numbers are refused.")
    ResponseEntity<Object> records(HttpServletRequest request,
            @Parameter(description = "Repeat a request safely") @RequestHeader(name = "Idempotency-Key",
                    required = false) String idempotencyKey) {
        return batches.accept(request, idempotencyKey, "consent records",
                nodes -> store(nodes, "consent records", ConsentItems::record, consent::recordRecords, Map.of()));
    }

    @PostMapping(path = "/api/v1/consent/aggregates", consumes = { "application/json", "application/x-ndjson" })
    @Operation(summary = "Counts from a sync job: records sent and records carrying each consent field",
            description = JSON_OR_NDJSON)
    ResponseEntity<Object> aggregates(HttpServletRequest request,
            @Parameter(description = "Repeat a request safely") @RequestHeader(name = "Idempotency-Key",
                    required = false) String idempotencyKey) {
        return batches.accept(request, idempotencyKey, "consent aggregates", nodes -> store(nodes, "consent aggregates",
                ConsentItems::aggregate, consent::recordAggregates, Map.of()));
    }

    @PostMapping(path = "/api/v1/consent/samples", consumes = { "application/json", "application/x-ndjson" })
    @Operation(summary = "Sample payloads checked against each integration's contract; violations counted per field",
            description = JSON_OR_NDJSON + " Payloads are checked and then discarded.")
    ResponseEntity<Object> samples(HttpServletRequest request,
            @Parameter(description = "Repeat a request safely") @RequestHeader(name = "Idempotency-Key",
                    required = false) String idempotencyKey) {
        return batches.accept(request, idempotencyKey, "consent samples", nodes -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            return store(nodes, "consent samples", ConsentItems::sample, samples -> {
                long invalid = consent.checkSamples(samples);
                extra.put("invalid", invalid);
                return samples.size();
            }, extra);
        });
    }

    private <T> ApiResult store(List<JsonNode> nodes, String noun, Reader<T> reader, Function<List<T>, Integer> save,
            Map<String, Object> extra) {
        List<ItemError> errors = new ArrayList<>();
        ConsentItems items = new ConsentItems(visibleIntegrations(nodes), clock.instant(), errors);
        List<T> parsed = new ArrayList<>(nodes.size());
        for (int index = 0; index < nodes.size(); index++) {
            T item = reader.read(items, index, nodes.get(index));
            if (item != null) {
                parsed.add(item);
            }
        }
        if (!errors.isEmpty()) {
            return ApiResult.invalidItems(errors, nodes.size(), noun);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", save.apply(parsed));
        body.putAll(extra);
        return ApiResult.ok(body);
    }

    /**
     * The keys the batch names that this API key may see; archived integrations take no
     * new data.
     */
    private Map<String, IntegrationDetails> visibleIntegrations(List<JsonNode> nodes) {
        Set<String> keys = nodes.stream()
            .filter(n -> n != null && n.isObject() && n.path("integration").isString())
            .map(n -> n.get("integration").stringValue())
            .collect(Collectors.toSet());
        return integrations.findByKeys(keys)
            .entrySet()
            .stream()
            .filter(e -> !e.getValue().archived())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @FunctionalInterface
    private interface Reader<T> {

        T read(ConsentItems items, int index, JsonNode node);

    }

}
