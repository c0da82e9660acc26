package io.plumbline.demo.internal;

import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.MonitorDraft;
import io.plumbline.monitoring.MonitorService;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A few monitors of Northwind's integrations, at their real public base URLs, saved
 * disabled: the demo must not call the internet on start (and sandboxes have none).
 * Enabling one needs outbound internet access.
 */
@Component
class DemoMonitors implements DemoStory {

    private record Spec(String integration, String name, String url, Set<Integer> statuses) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("acme-hubspot", "HubSpot API reachable", "https://api.hubapi.com/", Set.of(200, 401, 404)),
            new Spec("acme-klaviyo", "Klaviyo API reachable", "https://a.klaviyo.com/api/", Set.of(200, 401, 404)),
            new Spec("hooli-segment", "Segment API reachable", "https://api.segment.io/", Set.of(200, 401, 404)));

    private final MonitorService monitors;

    DemoMonitors(MonitorService monitors) {
        this.monitors = monitors;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void tell(DemoWorld world) {
        for (Spec spec : SPECS) {
            // Reachability without credentials: the API answers, even if only with 401.
            CheckAssertions assertions = new CheckAssertions(spec.statuses(), Duration.ofMillis(800),
                    Duration.ofSeconds(5), List.of(), List.of(), null);
            CheckDefinition check = new CheckDefinition("GET", URI.create(spec.url()), Map.of(), null,
                    Duration.ofSeconds(10), assertions,
                    new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(5)));
            TenantScope scope = TenantScope.agency(world.agencyOfClient(clientOf(spec.integration())));
            CurrentTenant.runAs(scope, () -> monitors.create(new MonitorDraft(world.integration(spec.integration()),
                    spec.name(), check, Duration.ofMinutes(1), false)));
        }
    }

    private static String clientOf(String integrationKey) {
        return DemoIntegrations.SPECS.stream()
            .filter(s -> s.key().equals(integrationKey))
            .findFirst()
            .orElseThrow()
            .client();
    }

}
