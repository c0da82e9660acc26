package io.plumbline.integration;

import io.plumbline.integration.internal.IntegrationHostRoute;
import io.plumbline.integration.internal.IntegrationHostRouteRepository;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which integration an HTTP client span belongs to by its host and path (OpenTelemetry
 * intake, docs/otlp.md): per client, each host and path prefix maps to at most one of the
 * client's integrations. Owners, admins and analysts edit the routes; every scope reads
 * its own (a client scope only its client's).
 */
@Service
public class HostRouteService {

    static final String FIELD = "hosts";

    private final IntegrationHostRouteRepository routes;

    private final IntegrationService integrations;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    HostRouteService(IntegrationHostRouteRepository routes, IntegrationService integrations, Clock clock,
            ApplicationEventPublisher events) {
        this.routes = routes;
        this.integrations = integrations;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Every route the current scope may see, of integrations that are not archived: the
     * agency's, or a client scope's own.
     */
    @Transactional(readOnly = true)
    public List<HostRoute> list() {
        TenantScope scope = CurrentTenant.require();
        List<IntegrationHostRoute> found = scope.isClientScope()
                ? routes.findByAgencyIdAndClientIdOrderByHostAscPathPrefixAsc(scope.agency().value(),
                        scope.client().value())
                : routes.findByAgencyIdOrderByHostAscPathPrefixAsc(scope.agency().value());
        Map<IntegrationId, IntegrationDetails> visible = integrations
            .findAll(found.stream().map(IntegrationHostRoute::integration).collect(Collectors.toSet()));
        return found.stream().filter(r -> {
            IntegrationDetails details = visible.get(r.integration());
            return details != null && !details.archived();
        })
            .map(r -> new HostRoute(r.integration(), visible.get(r.integration()).key(), r.client(), r.pattern()))
            .toList();
    }

    /** The hosts of one integration, as the integration form shows them. */
    @Transactional(readOnly = true)
    public List<HostPattern> routesOf(IntegrationId integration) {
        TenantScope scope = CurrentTenant.require();
        integrations.find(integration).orElseThrow(() -> new NotFoundException("No such integration"));
        return routes
            .findByAgencyIdAndIntegrationIdOrderByHostAscPathPrefixAsc(scope.agency().value(), integration.value())
            .stream()
            .map(IntegrationHostRoute::pattern)
            .toList();
    }

    /**
     * Refuses (field {@code hosts}) patterns that another integration of the client
     * already has; {@code integration} is null for one not registered yet.
     */
    @Transactional(readOnly = true)
    public void check(ClientId client, IntegrationId integration, List<HostPattern> patterns) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        for (HostPattern pattern : patterns) {
            for (IntegrationHostRoute taken : routes.findByAgencyIdAndClientIdAndHostAndPathPrefix(
                    scope.agency().value(), client.value(), pattern.host(), pattern.pathPrefix())) {
                if (!taken.integration().equals(integration)) {
                    String key = integrations.find(taken.integration()).map(IntegrationDetails::key).orElse("another");
                    throw new InvalidInputException(FIELD,
                            "%s already belongs to %s; a host and path prefix maps to one integration per client."
                                .formatted(pattern, key));
                }
            }
        }
    }

    /** Makes these the integration's hosts (replacing the ones it had). */
    @Transactional
    public List<HostPattern> replace(IntegrationId integration, List<HostPattern> patterns) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        IntegrationDetails details = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        check(details.client(), integration, patterns);
        List<IntegrationHostRoute> existing = routes
            .findByAgencyIdAndIntegrationIdOrderByHostAscPathPrefixAsc(scope.agency().value(), integration.value());
        // Routes carry the integration's client: after a move to another client, none is
        // kept.
        List<IntegrationHostRoute> stale = existing.stream()
            .filter(r -> !patterns.contains(r.pattern()) || !r.client().equals(details.client()))
            .toList();
        routes.deleteAll(stale);
        List<HostPattern> before = existing.stream().map(IntegrationHostRoute::pattern).toList();
        List<HostPattern> kept = existing.stream()
            .filter(r -> !stale.contains(r))
            .map(IntegrationHostRoute::pattern)
            .toList();
        routes.flush();
        for (HostPattern pattern : patterns) {
            if (!kept.contains(pattern)) {
                routes.save(new IntegrationHostRoute(scope.agency(), details.client(), integration, pattern,
                        clock.instant()));
            }
        }
        List<HostPattern> now = routesOf(integration);
        if (!now.equals(before)) {
            events.publishEvent(new IntegrationEvent.IntegrationChanged(scope.agency(), details.client(), integration,
                    details.key()));
        }
        return now;
    }

    /** Adds one host to the integration's (the "Map to…" action of unmapped hosts). */
    @Transactional
    public HostRoute add(IntegrationId integration, HostPattern pattern) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        IntegrationDetails details = integrations.find(integration)
            .filter(i -> !i.archived())
            .orElseThrow(() -> new NotFoundException("No such integration"));
        check(details.client(), integration, List.of(pattern));
        if (routes
            .findByAgencyIdAndClientIdAndHostAndPathPrefix(scope.agency().value(), details.client().value(),
                    pattern.host(), pattern.pathPrefix())
            .isEmpty()) {
            routes.save(
                    new IntegrationHostRoute(scope.agency(), details.client(), integration, pattern, clock.instant()));
            events.publishEvent(new IntegrationEvent.IntegrationChanged(scope.agency(), details.client(), integration,
                    details.key()));
        }
        return new HostRoute(integration, details.key(), details.client(), pattern);
    }

}
