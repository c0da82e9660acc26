package io.plumbline.ingestion.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.plumbline.ingestion.internal.UnmappedHostStore;
import io.plumbline.integration.HostRoute;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsProperties;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the HTTP client spans of one OTLP export into observations of the caller's
 * integrations (docs/otlp.md) and stores them through {@link MetricsService#record}, the
 * bulk write path of {@code POST /api/v1/observations}: all of a request's observations
 * and its unmapped-host counts in one transaction, or none.
 */
@Component
class OtlpIntake {

    private static final int MAX_OPERATION = 120;

    private final IntegrationService integrations;

    private final HostRouteService routes;

    private final MetricsService metrics;

    private final UnmappedHostStore unmapped;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final Duration maxAge;

    private final Map<String, Counter> counters = new LinkedHashMap<>();

    OtlpIntake(IntegrationService integrations, HostRouteService routes, MetricsService metrics,
            UnmappedHostStore unmapped, PlatformTransactionManager transactionManager, Clock clock,
            MetricsProperties metricsProperties, MeterRegistry meters) {
        this.integrations = integrations;
        this.routes = routes;
        this.metrics = metrics;
        this.unmapped = unmapped;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxAge = metricsProperties.rawRetention();
        for (String outcome : List.of("stored", "ignored_not_client", "ignored_not_http", "rejected_unmapped",
                "rejected_invalid", "rejected_integration")) {
            counters.put(outcome,
                    Counter.builder("plumbline.otlp.spans")
                        .description("Spans received on the OTLP intake, by outcome (docs/otlp.md)")
                        .tag("outcome", outcome)
                        .register(meters));
        }
    }

    /** What became of a request's spans. */
    record Outcome(int spans, int stored, int notClient, int notHttp, int unmapped, int invalid, int unknownIntegration,
            ExportTraceServiceResponse response) {

        int rejected() {
            return unmapped + invalid + unknownIntegration;
        }
    }

    /**
     * @throws RuntimeException when the database fails: nothing was stored (or, if the
     * commit itself failed, {@link CommitOutcomeUnknownException})
     */
    Outcome export(ExportTraceServiceRequest request) {
        OtlpSpans.Read read = OtlpSpans.read(request);
        TenantScope scope = CurrentTenant.require();
        Instant now = clock.instant();
        Set<String> keys = read.calls()
            .stream()
            .map(OtlpSpans.Call::integrationKey)
            .filter(k -> k != null)
            .collect(Collectors.toSet());
        Map<String, IntegrationDetails> byKey = keys.isEmpty() ? Map.of() : integrations.findByKeys(keys);
        List<HostRoute> hostRoutes = read.calls().stream().anyMatch(c -> c.integrationKey() == null) ? routes.list()
                : List.of();

        List<Observation> observations = new ArrayList<>(read.calls().size());
        Map<String, HostCount> unmappedHosts = new TreeMap<>();
        Map<String, Integer> invalidReasons = new LinkedHashMap<>();
        Set<String> unknownKeys = new LinkedHashSet<>();
        Set<String> ambiguousHosts = new LinkedHashSet<>();
        int invalid = 0;
        int unknownKeySpans = 0;
        int ambiguousSpans = 0;
        int unmappedSpans = 0;
        for (OtlpSpans.Call call : read.calls()) {
            Optional<String> problem = OtlpCalls.invalid(call, now, maxAge);
            if (problem.isEmpty() && call.integrationKey() == null && call.host() == null) {
                problem = Optional.of("names no host (server.address, url.full)");
            }
            if (problem.isPresent()) {
                invalid++;
                invalidReasons.merge(problem.get(), 1, Integer::sum);
                continue;
            }
            IntegrationId integration;
            if (call.integrationKey() != null) {
                IntegrationDetails details = byKey.get(call.integrationKey());
                if (details == null || details.archived()) {
                    unknownKeySpans++;
                    unknownKeys.add(call.integrationKey());
                    continue;
                }
                integration = details.id();
            }
            else {
                List<HostRoute> matches = bestMatches(hostRoutes, call);
                if (matches.isEmpty()) {
                    unmappedSpans++;
                    unmappedHosts.computeIfAbsent(call.host(), h -> new HostCount()).add(call.service());
                    continue;
                }
                if (matches.stream().map(HostRoute::integration).distinct().count() > 1) {
                    ambiguousSpans++;
                    ambiguousHosts.add(call.host());
                    continue;
                }
                integration = matches.getFirst().integration();
            }
            observations.add(observation(integration, call));
        }

        int stored = observations.size();
        int unknownIntegration = unknownKeySpans + ambiguousSpans;
        int unmappedTotal = unmappedSpans;
        store(scope, observations, unmappedHosts, now);

        count("stored", stored);
        count("ignored_not_client", read.notClient());
        count("ignored_not_http", read.notHttp());
        count("rejected_unmapped", unmappedTotal);
        count("rejected_invalid", invalid);
        count("rejected_integration", unknownIntegration);

        int rejected = unmappedTotal + invalid + unknownIntegration;
        ExportTraceServiceResponse.Builder response = ExportTraceServiceResponse.newBuilder();
        if (rejected > 0 || read.ignored() > 0) {
            response.setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                .setRejectedSpans(rejected)
                .setErrorMessage(message(read, stored, unmappedHosts, unmappedTotal, invalidReasons, unknownKeys,
                        unknownKeySpans, ambiguousHosts, ambiguousSpans)));
        }
        return new Outcome(read.spans(), stored, read.notClient(), read.notHttp(), unmappedTotal, invalid,
                unknownIntegration, response.build());
    }

    private void store(TenantScope scope, List<Observation> observations, Map<String, HostCount> unmappedHosts,
            Instant now) {
        if (observations.isEmpty() && unmappedHosts.isEmpty()) {
            return;
        }
        boolean[] workDone = { false };
        try {
            transactions.executeWithoutResult(status -> {
                if (!observations.isEmpty()) {
                    metrics.record(observations);
                }
                unmappedHosts.forEach((host, count) -> unmapped.count(scope.agency().value(),
                        scope.isClientScope() ? scope.client() : null, host, count.spans, now, count.service));
                workDone[0] = true;
            });
        }
        catch (UnexpectedRollbackException e) {
            throw e;
        }
        catch (RuntimeException e) {
            // The work was done, so its commit failed: it may or may not be stored.
            throw workDone[0] ? new CommitOutcomeUnknownException(false, e) : e;
        }
    }

    /**
     * The routes of the span's host whose prefix matches its path, the longest prefix
     * only.
     */
    private static List<HostRoute> bestMatches(List<HostRoute> hostRoutes, OtlpSpans.Call call) {
        List<HostRoute> best = new ArrayList<>();
        int bestLength = -1;
        for (HostRoute route : hostRoutes) {
            if (!route.pattern().matches(call.host(), call.path())) {
                continue;
            }
            int length = route.pattern().pathPrefix().length();
            if (length > bestLength) {
                best.clear();
                bestLength = length;
            }
            if (length == bestLength) {
                best.add(route);
            }
        }
        return best;
    }

    private static Observation observation(IntegrationId integration, OtlpSpans.Call call) {
        Optional<FailureClass> failure = OtlpCalls.failureClass(call);
        String operation = call.operation();
        if (operation != null && operation.length() > MAX_OPERATION) {
            operation = operation.substring(0, MAX_OPERATION);
        }
        return new Observation(integration, OtlpCalls.start(call), Source.API, operation,
                call.httpStatus() == null ? null : call.httpStatus().intValue(), (int) OtlpCalls.latencyMs(call),
                failure.orElse(null), call.resent() && failure.isEmpty());
    }

    private void count(String outcome, int spans) {
        if (spans > 0) {
            counters.get(outcome).increment(spans);
        }
    }

    private static String message(OtlpSpans.Read read, int stored, Map<String, HostCount> unmappedHosts,
            int unmappedSpans, Map<String, Integer> invalidReasons, Set<String> unknownKeys, int unknownKeySpans,
            Set<String> ambiguousHosts, int ambiguousSpans) {
        List<String> parts = new ArrayList<>();
        parts.add("%d of %d spans stored as observations".formatted(stored, read.spans()));
        if (unmappedSpans > 0) {
            parts.add("%d rejected: no integration for host %s (map it in Plumbline under OpenTelemetry, or set "
                .formatted(unmappedSpans, limited(unmappedHosts.keySet())) + "plumbline.integration)");
        }
        if (unknownKeySpans > 0) {
            parts.add("%d rejected: unknown integration key %s".formatted(unknownKeySpans, limited(unknownKeys)));
        }
        if (ambiguousSpans > 0) {
            parts.add("%d rejected: host %s maps to integrations of several clients (use a client key or set "
                .formatted(ambiguousSpans, limited(ambiguousHosts)) + "plumbline.integration)");
        }
        if (!invalidReasons.isEmpty()) {
            parts.add("%d rejected as invalid: %s".formatted(invalidReasons.values().stream().mapToInt(i -> i).sum(),
                    invalidReasons.entrySet()
                        .stream()
                        .limit(5)
                        .map(e -> "%d %s".formatted(e.getValue(), e.getKey()))
                        .collect(Collectors.joining(", "))));
        }
        if (read.notClient() > 0 || read.notHttp() > 0) {
            parts.add("%d ignored (%d not of kind CLIENT, %d without an HTTP method)".formatted(read.ignored(),
                    read.notClient(), read.notHttp()));
        }
        return String.join("; ", parts) + ".";
    }

    private static String limited(Set<String> values) {
        String shown = values.stream().limit(5).map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        return values.size() > 5 ? shown + " and %d more".formatted(values.size() - 5) : shown;
    }

    private static final class HostCount {

        private long spans;

        private String service;

        void add(String serviceName) {
            spans++;
            if (serviceName != null) {
                service = serviceName.length() > 120 ? serviceName.substring(0, 120) : serviceName;
            }
        }

    }

}
