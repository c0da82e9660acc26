package io.plumbline.alerting;

import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.internal.AlertEvaluator;
import io.plumbline.alerting.internal.AlertRepository;
import io.plumbline.alerting.internal.AlertRow;
import io.plumbline.alerting.internal.AlertRuleRepository;
import io.plumbline.alerting.internal.AlertRuleRow;
import io.plumbline.alerting.internal.AlertingAccess;
import io.plumbline.alerting.internal.NotificationQueue;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo data only: gives a rule the history it would have had if it had existed
 * during a past episode. It asks the rule's own condition source at past instants, so
 * every seeded alert says what the engine would have said from the stored data. Its
 * notices are stored as delivered with the demo flag and never sent; no events are
 * published (this is history, not a transition: no incident, no audit entry).
 */
@Service
public class AlertDemoHistory {

    private final AlertRuleRepository rules;

    private final AlertRepository alerts;

    private final AlertEvaluator evaluator;

    private final NotificationQueue queue;

    private final Clock clock;

    AlertDemoHistory(AlertRuleRepository rules, AlertRepository alerts, AlertEvaluator evaluator,
            NotificationQueue queue, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.evaluator = evaluator;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Records one past alert of the rule for {@code client}: opened at the first instant
     * from {@code from} to {@code to} (every {@code step}) at which the rule's source
     * reports the client's condition, with the source's own summary; resolved at
     * {@code resolvedAt}, which the caller takes from its data (the episode's end plus
     * the rule's short window), or left open when null, so the running evaluation carries
     * it on or resolves it. The search is kept short by the caller: each instant is a
     * full evaluation.
     * @return the alert, or empty if the source saw nothing for the client at any of
     * those instants
     */
    @Transactional
    public Optional<AlertDetails> recordPastAlert(AlertRuleId ruleId, ClientId client, Instant from, Instant to,
            Duration step, Instant resolvedAt) {
        TenantScope scope = AlertingAccess.editor();
        Instant now = clock.instant();
        if (to.isAfter(now) || to.isBefore(from) || !step.isPositive()
                || resolvedAt != null && (resolvedAt.isAfter(now) || !resolvedAt.isAfter(to))) {
            throw new IllegalArgumentException("A past alert needs from <= to < resolvedAt <= now and a positive step");
        }
        AlertRuleRow rule = rules.findByAgencyIdAndId(scope.agency().value(), ruleId.value())
            .orElseThrow(() -> new NotFoundException("No such alert rule"));
        if (!rule.watches(client)) {
            return Optional.empty();
        }
        AlertConditionSource source = evaluator.source(rule.kind())
            .orElseThrow(() -> new IllegalStateException("Nothing evaluates " + rule.kind() + " rules"));
        // Narrowed to the client: the same conditions for it, without computing every
        // other client's.
        AlertRuleSpec all = rule.spec();
        AlertRuleSpec spec = new AlertRuleSpec(all.id(), all.agency(), Optional.of(client), all.integration(),
                all.kind(), all.threshold(), all.window(), all.severity(), all.shortWindow());
        for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
            Optional<AlertCondition> condition = source.evaluate(spec, at)
                .stream()
                .filter(c -> c.client().equals(client))
                .findFirst();
            if (condition.isPresent()) {
                return Optional.of(record(rule, new AlertRow(rule, condition.get(), at), resolvedAt));
            }
        }
        return Optional.empty();
    }

    private AlertDetails record(AlertRuleRow rule, AlertRow unsaved, Instant resolvedAt) {
        AlertRow alert = alerts.saveAndFlush(unsaved); // the managed copy: the id is
                                                       // assigned, so save merges
        queue.recordDemoHistory(rule, Transition.FIRING, List.of(alert), alert.openedAt());
        if (resolvedAt != null) {
            // the evaluation before, a minute earlier
            alert.lastSeenAt(resolvedAt.minus(Duration.ofMinutes(1)));
            alert.resolve(resolvedAt);
            alerts.flush(); // frees the open key now: a caller's transaction may record
                            // the rule's next alert
            queue.recordDemoHistory(rule, Transition.RESOLVED, List.of(alert), resolvedAt);
        }
        return alert.details();
    }

}
