package io.plumbline.monitoring;

import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.monitoring.MonitorEvent.MonitorChanged;
import io.plumbline.monitoring.MonitorEvent.MonitorCreated;
import io.plumbline.monitoring.MonitorEvent.MonitorDeleted;
import io.plumbline.monitoring.internal.CheckDefinitionValidator;
import io.plumbline.monitoring.internal.CheckRunner;
import io.plumbline.monitoring.internal.Monitor;
import io.plumbline.monitoring.internal.MonitorCodec;
import io.plumbline.monitoring.internal.MonitorRepository;
import io.plumbline.monitoring.internal.MonitorSchedule;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic monitors of the agency's integrations. Agency staff list them; owners, admins
 * and analysts (who keep the integration registry) see their full definitions, change
 * them and run them. Client users have no access: a monitor's request may carry the
 * agency's credentials.
 */
@Service
public class MonitorService {

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    public static final Duration MAX_INTERVAL = Duration.ofDays(1);
    static final String SECRETS_KEY_MISSING = "Headers and bodies are stored encrypted, and this installation has no "
            + "key for that: set PLUMBLINE_SECRETS_KEY (docs/deploy.md) or remove them.";

    private final MonitorRepository monitors;

    private final MonitorCodec codec;

    private final MonitorSchedule schedule;

    private final OutboundAllowListService allowList;

    private final IntegrationService integrations;

    private final CheckRunner runner;

    private final OutboundUrlGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MonitorService(MonitorRepository monitors, MonitorCodec codec, MonitorSchedule schedule,
            OutboundAllowListService allowList, IntegrationService integrations, CheckRunner runner,
            OutboundUrlGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.monitors = monitors;
        this.codec = codec;
        this.schedule = schedule;
        this.allowList = allowList;
        this.integrations = integrations;
        this.runner = runner;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MonitorSummary> list() {
        TenantScope scope = Access.requireAgencyStaff();
        return monitors.findByAgencyIdOrderByNameAsc(scope.agency().value()).stream().map(codec::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<MonitorSummary> listForClient(ClientId client) {
        return list().stream().filter(m -> m.client().equals(client)).toList();
    }

    /**
     * The whole definition, secrets included: editors only. Other agencies' monitors are
     * simply absent.
     */
    @Transactional(readOnly = true)
    public Optional<MonitorDetails> find(MonitorId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("monitors");
        return monitors.findByAgencyIdAndId(scope.agency().value(), id.value()).map(codec::details);
    }

    @Transactional
    public MonitorDetails create(MonitorDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("monitors");
        IntegrationDetails integration = validate(draft);
        Monitor monitor = new Monitor(UUID.randomUUID(), scope.agency().value(), clock.instant());
        codec.apply(monitor, draft, integration.client());
        monitors.save(monitor);
        reschedule(scope, monitor);
        events.publishEvent(
                new MonitorCreated(scope.agency(), integration.client(), monitor.monitorId(), monitor.name()));
        return codec.details(monitor);
    }

    @Transactional
    public MonitorDetails update(MonitorId id, MonitorDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("monitors");
        Monitor monitor = loadOrFail(scope, id);
        IntegrationDetails integration = validate(draft);
        codec.apply(monitor, draft, integration.client());
        reschedule(scope, monitor);
        events.publishEvent(new MonitorChanged(scope.agency(), integration.client(), id, monitor.name()));
        return codec.details(monitor);
    }

    @Transactional
    public void delete(MonitorId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("monitors");
        Monitor monitor = loadOrFail(scope, id);
        monitors.delete(monitor);
        schedule.cancel(id);
        events.publishEvent(new MonitorDeleted(scope.agency(), new ClientId(monitor.clientId()), id, monitor.name()));
    }

    /**
     * Runs a definition once, now, as typed (it need not be saved): "Run now" in the
     * editor. Holds no transaction while the request is out.
     * @throws InvalidInputException naming the field, also {@code url} with the guard's
     * reason, before any request
     */
    public CheckResult runNow(CheckDefinition check) {
        Access.requireAgencyWorkEditor("monitors");
        CheckDefinitionValidator.requireValid(check);
        List<String> allowed = allowList.entriesForCurrentAgency();
        guard.refusalReason(check.url(), allowed).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        return runner.run(check, allowed);
    }

    /**
     * Owners, admins and analysts keep monitors, as they keep the integration registry.
     */

    private void reschedule(TenantScope scope, Monitor monitor) {
        if (monitor.enabled()) {
            schedule.start(scope.agency(), monitor.monitorId(), clock.instant());
        }
        else {
            schedule.cancel(monitor.monitorId());
        }
    }

    private Monitor loadOrFail(TenantScope scope, MonitorId id) {
        return monitors.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such monitor"));
    }

    private IntegrationDetails validate(MonitorDraft draft) {
        IntegrationDetails integration = Optional.ofNullable(draft.integration())
            .flatMap(integrations::find)
            .orElseThrow(() -> new InvalidInputException("integration", "Choose the integration to monitor."));
        if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 120) {
            throw new InvalidInputException("name", "Enter a name of at most 120 characters.");
        }
        if (draft.interval() == null || draft.interval().compareTo(MIN_INTERVAL) < 0
                || draft.interval().compareTo(MAX_INTERVAL) > 0) {
            throw new InvalidInputException("interval", "Check every 10 seconds to once a day.");
        }
        CheckDefinition check = draft.check();
        if (check == null) {
            throw new InvalidInputException("url", "Enter the request to send.");
        }
        CheckDefinitionValidator.requireValid(check);
        if ((!check.headers().isEmpty() || check.body() != null) && !codec.canStoreSecrets()) {
            throw new InvalidInputException(check.headers().isEmpty() ? "body" : "headers", SECRETS_KEY_MISSING);
        }
        // A disabled monitor never calls out (and the guard runs again before every
        // request), so only an enabled one must pass now; demo monitors of public APIs
        // are saved disabled where there is no DNS.
        if (draft.enabled()) {
            guard.refusalReason(check.url(), allowList.entriesForCurrentAgency()).ifPresent(reason -> {
                throw new InvalidInputException("url", reason);
            });
        }
        return integration;
    }

}
