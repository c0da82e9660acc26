package io.plumbline.alerting;

import io.plumbline.alerting.AlertingEvent.AlertRuleChanged;
import io.plumbline.alerting.AlertingEvent.AlertRuleCreated;
import io.plumbline.alerting.AlertingEvent.AlertRuleDeleted;
import io.plumbline.alerting.internal.AlertChannelRepository;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.alerting.internal.AlertRuleRepository;
import io.plumbline.alerting.internal.AlertRuleRow;
import io.plumbline.alerting.internal.AlertingAccess;
import io.plumbline.alerting.internal.AlertingSchedule;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's alert rules. Staff read them; owners, admins and analysts change them;
 * client users never see them.
 */
@Service
public class AlertRuleService {

    private static final Duration SHORTEST_WINDOW = Duration.ofMinutes(1);

    private static final Duration LONGEST_WINDOW = Duration.ofDays(30);

    private final AlertRuleRepository rules;

    private final AlertChannelRepository channels;

    private final AlertEvaluator evaluator;

    private final AlertingSchedule schedule;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    AlertRuleService(AlertRuleRepository rules, AlertChannelRepository channels, AlertEvaluator evaluator,
            AlertingSchedule schedule, ClientService clients, IntegrationService integrations,
            ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.channels = channels;
        this.evaluator = evaluator;
        this.schedule = schedule;
        this.clients = clients;
        this.integrations = integrations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The burn-rate pairs of docs/alerting.md (Google SRE workbook): page 14.4× 1 h/5
     * min, page 6× 6 h/30 min, ticket 1× 3 d/6 h.
     */
    public static List<AlertRuleDraft> burnRateDefaults(String prefix, ClientId client, Set<ChannelId> channels) {
        return List.of(
                burn(prefix + " · fast burn", AlertSeverity.PAGE, 14.4, Duration.ofHours(1), Duration.ofMinutes(5),
                        client, channels),
                burn(prefix + " · steady burn", AlertSeverity.PAGE, 6, Duration.ofHours(6), Duration.ofMinutes(30),
                        client, channels),
                burn(prefix + " · slow burn", AlertSeverity.TICKET, 1, Duration.ofDays(3), Duration.ofHours(6), client,
                        channels));
    }

    private static AlertRuleDraft burn(String name, AlertSeverity severity, double rate, Duration window,
            Duration shortWindow, ClientId client, Set<ChannelId> channels) {
        return new AlertRuleDraft(name, AlertRuleKind.SLO_BURN_RATE, severity, client, null, rate, window, shortWindow,
                false, true, channels);
    }

    /**
     * The kinds a rule may have here: those some module evaluates (consent or change log
     * may be absent).
     */
    public List<AlertRuleKind> availableKinds() {
        Set<AlertRuleKind> kinds = evaluator.kinds();
        return Arrays.stream(AlertRuleKind.values()).filter(kinds::contains).toList();
    }

    @Transactional(readOnly = true)
    public List<AlertRuleDetails> list() {
        TenantScope scope = AlertingAccess.reader();
        return rules.findByAgencyIdOrderByNameAsc(scope.agency().value()).stream().map(AlertRuleRow::details).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AlertRuleDetails> find(AlertRuleId id) {
        TenantScope scope = AlertingAccess.reader();
        return rules.findByAgencyIdAndId(scope.agency().value(), id.value()).map(AlertRuleRow::details);
    }

    @Transactional
    public AlertRuleDetails create(AlertRuleDraft draft) {
        TenantScope scope = AlertingAccess.editor();
        UUID id = UUID.randomUUID();
        AlertRuleDraft valid = validate(scope, id, draft);
        Instant now = clock.instant();
        AlertRuleRow row = new AlertRuleRow(id, scope.agency().value(), now);
        row.apply(valid);
        rules.save(row);
        if (row.enabled()) {
            schedule.evaluate(scope.agency(), now);
        }
        events.publishEvent(new AlertRuleCreated(scope.agency(), new AlertRuleId(id), row.name()));
        return row.details();
    }

    @Transactional
    public AlertRuleDetails update(AlertRuleId id, AlertRuleDraft draft) {
        TenantScope scope = AlertingAccess.editor();
        AlertRuleRow row = load(scope, id);
        AlertRuleDraft valid = validate(scope, id.value(), draft);
        boolean watchChanged = !sameWatch(row.draft(), valid);
        Instant now = clock.instant();
        if (watchChanged || !valid.enabled()) {
            // What the rule watches changed (or nobody watches): its open alerts no
            // longer mean what they said.
            evaluator.closeAll(row, now);
        }
        row.apply(valid);
        if (row.enabled()) {
            schedule.evaluate(scope.agency(), now);
        }
        events.publishEvent(new AlertRuleChanged(scope.agency(), id, row.name()));
        return row.details();
    }

    @Transactional
    public AlertRuleDetails setEnabled(AlertRuleId id, boolean enabled) {
        TenantScope scope = AlertingAccess.editor();
        AlertRuleDraft current = load(scope, id).draft();
        return update(id,
                new AlertRuleDraft(current.name(), current.kind(), current.severity(), current.client(),
                        current.integration(), current.threshold(), current.window(), current.shortWindow(),
                        current.opensIncident(), enabled, current.channels()));
    }

    @Transactional
    public void delete(AlertRuleId id) {
        TenantScope scope = AlertingAccess.editor();
        AlertRuleRow row = load(scope, id);
        evaluator.closeAll(row, clock.instant());
        rules.delete(row);
        events.publishEvent(new AlertRuleDeleted(scope.agency(), id, row.name()));
    }

    private AlertRuleRow load(TenantScope scope, AlertRuleId id) {
        return rules.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such alert rule"));
    }

    /**
     * Same kind, scope, threshold and windows: only name, severity, routing, incident
     * flag or enabled changed.
     */
    private static boolean sameWatch(AlertRuleDraft a, AlertRuleDraft b) {
        return a.kind() == b.kind() && Objects.equals(a.client(), b.client())
                && Objects.equals(a.integration(), b.integration()) && a.threshold().equals(b.threshold())
                && a.window().equals(b.window()) && Objects.equals(a.shortWindow(), b.shortWindow());
    }

    /**
     * Checks every field and returns the draft as it will be stored (client taken from a
     * chosen integration).
     */
    private AlertRuleDraft validate(TenantScope scope, UUID id, AlertRuleDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name.");
        }
        if (name.length() > 120) {
            throw new InvalidInputException("name", "At most 120 characters.");
        }
        if (rules.existsByAgencyIdAndNameIgnoreCaseAndIdNot(scope.agency().value(), name, id)) {
            throw new InvalidInputException("name", "Another rule is already called " + name + ".");
        }
        if (draft.kind() == null || !availableKinds().contains(draft.kind())) {
            throw new InvalidInputException("kind", "Choose what the rule watches.");
        }
        if (draft.severity() == null) {
            throw new InvalidInputException("severity", "Choose page or ticket.");
        }
        var client = draft.client();
        if (client != null && clients.find(client).isEmpty()) {
            throw new InvalidInputException("client", "Choose one of the agency's clients, or none for all.");
        }
        if (draft.integration() != null) {
            Optional<IntegrationDetails> integration = integrations.find(draft.integration());
            if (integration.isEmpty() || client != null && !integration.get().client().equals(client)) {
                throw new InvalidInputException("integration",
                        "Choose one of this client's integrations, or none for all.");
            }
            client = integration.get().client();
        }
        KindGuide guide = KindGuide.of(draft.kind());
        Double threshold = draft.threshold();
        if (threshold == null || threshold.isNaN() || threshold < guide.min() || threshold > guide.max()
                || guide.wholeNumber() && threshold != Math.rint(threshold)) {
            throw new InvalidInputException("threshold", "%s: enter %s from %s to %s.".formatted(guide.thresholdLabel(),
                    guide.wholeNumber() ? "a whole number" : "a number", plain(guide.min()), plain(guide.max())));
        }
        Duration window = guide.usesWindow() ? draft.window() : guide.suggestedWindow();
        if (window == null || window.compareTo(SHORTEST_WINDOW) < 0 || window.compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidInputException("window", "Choose a window from 1 minute to 30 days.");
        }
        Duration shortWindow = null;
        if (draft.kind() == AlertRuleKind.SLO_BURN_RATE) {
            shortWindow = draft.shortWindow();
            if (shortWindow == null || shortWindow.compareTo(SHORTEST_WINDOW) < 0
                    || shortWindow.compareTo(window) >= 0) {
                throw new InvalidInputException("shortWindow",
                        "Choose a short window of at least 1 minute, shorter than the long window.");
            }
        }
        Set<ChannelId> routed = draft.channels() == null ? Set.of() : new HashSet<>(draft.channels());
        if (channels.findByAgencyIdAndIdIn(scope.agency().value(), routed.stream().map(ChannelId::value).toList())
            .size() != routed.size()) {
            throw new InvalidInputException("channels", "Choose channels of this agency.");
        }
        return new AlertRuleDraft(name, draft.kind(), draft.severity(), client, draft.integration(), threshold, window,
                shortWindow, draft.opensIncident(), draft.enabled(), Set.copyOf(routed));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
