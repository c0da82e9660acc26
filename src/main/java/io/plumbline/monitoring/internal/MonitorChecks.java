package io.plumbline.monitoring.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.monitoring.AssertionResult;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.FailureClass;
import io.plumbline.monitoring.MonitorId;
import io.plumbline.monitoring.MonitorStatus;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.monitoring.SchemaDriftDetected;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One scheduled check of one monitor, in its agency's scope: load it (one short
 * transaction), call out (no transaction held), store the verdict (another). The verdict
 * becomes a {@link Source#MONITOR} observation, except a URL the guard refused: that is a
 * configuration problem of the monitor, not a failure of the API, so it only marks the
 * monitor.
 */
@Component
public class MonitorChecks {

    private record Planned(CheckDefinition check, List<String> allowList) {
    }

    private final MonitorRepository monitors;

    private final MonitorCodec codec;

    private final OutboundAllowListService allowList;

    private final CheckRunner runner;

    private final MetricsService metrics;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MonitorChecks(MonitorRepository monitors, MonitorCodec codec, OutboundAllowListService allowList,
            CheckRunner runner, MetricsService metrics, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, Clock clock) {
        this.monitors = monitors;
        this.codec = codec;
        this.allowList = allowList;
        this.runner = runner;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return how long until the next check; empty when the monitor is gone or disabled,
     * ending its schedule
     */
    public Optional<Duration> check(AgencyId agency, MonitorId id) {
        // The scope must be set before each transaction begins: the transaction manager
        // hands it to PostgreSQL.
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Optional<Planned> planned = transactions.execute(status -> enabled(agency, id)
                .map(monitor -> new Planned(codec.definition(monitor), allowList.entriesForCurrentAgency())));
            if (planned.isEmpty()) {
                return Optional.empty();
            }
            CheckResult result = runner.run(planned.get().check(), planned.get().allowList());
            return transactions.execute(status -> enabled(agency, id).map(monitor -> store(monitor, result)));
        });
    }

    private Optional<Monitor> enabled(AgencyId agency, MonitorId id) {
        return monitors.findByAgencyIdAndId(agency.value(), id.value()).filter(monitor -> monitor.enabled);
    }

    private Duration store(Monitor monitor, CheckResult result) {
        MonitorStatus status = MonitorStatus.of(result);
        if (status != MonitorStatus.BLOCKED) {
            metrics.record(List.of(observation(monitor, result)));
        }
        monitor.lastCheckedAt = clock.instant();
        monitor.lastOutcome = status;
        monitor.lastResult = MonitorJson.write(result);
        if (result.failureClass() == FailureClass.SCHEMA_VIOLATION) {
            events.publishEvent(schemaDrift(monitor, result));
        }
        return Duration.ofSeconds(monitor.intervalSeconds);
    }

    private static SchemaDriftDetected schemaDrift(Monitor monitor, CheckResult result) {
        List<String> violations = result.assertions()
            .stream()
            .filter(a -> !a.passed() && "JSON schema".equals(a.name()))
            .map(AssertionResult::actual)
            .toList();
        return new SchemaDriftDetected(new AgencyId(monitor.agencyId), new ClientId(monitor.clientId),
                new IntegrationId(monitor.integrationId), monitor.monitorId(), monitor.name,
                violations.isEmpty() ? List.of(result.message()) : violations, result.startedAt());
    }

    private static Observation observation(Monitor monitor, CheckResult result) {
        io.plumbline.metrics.FailureClass failure = result.failureClass() == null ? null
                : io.plumbline.metrics.FailureClass.valueOf(result.failureClass().name());
        return new Observation(new IntegrationId(monitor.integrationId), result.startedAt(), Source.MONITOR,
                "CHECK " + monitor.method, result.status(), (int) result.latency().toMillis(), failure,
                result.retried());
    }

}
