package io.plumbline.ingestion;

import io.plumbline.ingestion.internal.UnmappedHostStore;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.HostRoute;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.TenantScope;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the OpenTelemetry intake could not assign (docs/otlp.md): the hosts of HTTP client
 * spans without an integration, counted, listed to agency staff, and mapped to an
 * integration in one step.
 */
@Service
public class OtlpIntakeService {

    private final UnmappedHostStore unmapped;

    private final HostRouteService routes;

    private final IntegrationService integrations;

    OtlpIntakeService(UnmappedHostStore unmapped, HostRouteService routes, IntegrationService integrations) {
        this.unmapped = unmapped;
        this.routes = routes;
        this.integrations = integrations;
    }

    /** The agency's unmapped hosts, most spans first (at most 500). */
    @Transactional(readOnly = true)
    public List<UnmappedHost> unmappedHosts() {
        TenantScope scope = Access.requireAgencyStaff();
        return unmapped.list(scope.agency().value(), null);
    }

    /**
     * Maps the host (with an optional path prefix) to the integration and takes it off
     * the list. Spans sent before stay uncounted: they were rejected when they came.
     */
    @Transactional
    public HostRoute map(UnmappedHost host, String pathPrefix, IntegrationId integration) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        String prefix = pathPrefix == null ? "" : pathPrefix.strip();
        if (!prefix.isEmpty() && !prefix.startsWith("/")) {
            prefix = "/" + prefix;
        }
        HostPattern pattern = HostPattern.parse(host.host() + prefix, "pathPrefix");
        IntegrationDetails target = integrations.find(integration)
            .orElseThrow(() -> new NotFoundException("No such integration"));
        if (host.client() != null && !host.client().equals(target.client())) {
            throw new InvalidInputException("integration",
                    "A key of another client sent these spans: choose one of that client's integrations.");
        }
        HostRoute route = routes.add(integration, pattern);
        // Off the list even when only a prefix is mapped: spans to other paths put it
        // back.
        unmapped.forget(scope.agency().value(), host.client(), host.host());
        return route;
    }

    /**
     * Takes a host off the list without mapping it (it comes back with its next span).
     */
    @Transactional
    public void dismiss(UnmappedHost host) {
        TenantScope scope = Access.requireAgencyWorkEditor("integrations");
        if (!unmapped.forget(scope.agency().value(), host.client(), host.host())) {
            throw new NotFoundException("No such host");
        }
    }

}
