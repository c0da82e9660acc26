package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiResult;
import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.MachineApi;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@MachineApi
@Tag(name = "Observations", description = "Push the API calls your gateways, ETL jobs and log shippers saw")
class ObservationsController {

    private final BatchEndpoint batches;

    private final ObservationParser parser;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    ObservationsController(BatchEndpoint batches, ObservationParser parser, IntegrationService integrations,
            MetricsService metrics) {
        this.batches = batches;
        this.parser = parser;
        this.integrations = integrations;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/observations", consumes = { "application/json", "application/x-ndjson" })
    @Operation(summary = "Store a batch of observations, whole or not at all",
            description = "A JSON array, or NDJSON (Content-Type: application/x-ndjson). At most 5 MiB and 10,000 items.")
    ResponseEntity<Object> record(HttpServletRequest request, @Parameter(
            description = "Repeat a request safely: the same key and body return the first response") @RequestHeader(
                    name = "Idempotency-Key", required = false) String idempotencyKey) {
        return batches.accept(request, idempotencyKey, "observations", parser.reader(), this::store);
    }

    /**
     * The items were read and checked by the streaming parser; here, in the batch's
     * transaction, their integrations are looked up and everything is stored, or nothing.
     */
    private ApiResult store(BatchBody.Batch<ParsedItem> batch) {
        List<ItemError> errors = new ArrayList<>(batch.errors());
        List<Observation> observations = resolve(batch.items(), errors);
        if (!errors.isEmpty()) {
            return ApiResult.invalidItems(errors, batch.size(), "observations");
        }
        metrics.record(observations);
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("accepted", observations.size());
        return ApiResult.ok(accepted);
    }

    /**
     * Unknown keys and keys of other agencies (or other clients, for a client key) get
     * the same answer.
     */
    private List<Observation> resolve(List<ParsedItem> items, List<ItemError> errors) {
        Map<String, IntegrationDetails> byKey = integrations
            .findByKeys(items.stream().map(ParsedItem::integrationKey).collect(Collectors.toSet()));
        List<Observation> observations = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            Optional<IntegrationDetails> integration = Optional.ofNullable(byKey.get(item.integrationKey()))
                .filter(i -> !i.archived());
            if (integration.isEmpty()) {
                errors.add(ItemError.unknownIntegration(item.index(), item.integrationKey()));
                continue;
            }
            observations.add(new Observation(integration.get().id(), item.timestamp(), Source.API, item.operation(),
                    item.status(), item.latencyMs(), item.failureClass(), item.retried()));
        }
        return observations;
    }

}
