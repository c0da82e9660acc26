package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertEvent.AlertOpened;
import io.plumbline.alerting.AlertEvent.AlertResolved;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.NotificationId;
import io.plumbline.alerting.NotificationState;
import io.plumbline.integration.IntegrationId;
import io.plumbline.mail.MailService;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One evaluation of an agency's enabled rules, each rule in its own transaction with the
 * rule row locked (so two evaluations of one rule never overlap): ask the rule kind's
 * {@link AlertConditionSource}, open an alert for each new condition key, keep continuing
 * ones quiet, resolve those whose key is gone, publish the events and queue one notice
 * per transition group in that same transaction. A source that throws leaves its rule's
 * alerts as they were.
 */
@Component
public class AlertEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

    private final AlertRuleRepository rules;

    private final AlertRepository alerts;

    private final AlertNotificationRepository notifications;

    private final NotificationQueue queue;

    private final AlertingSchedule schedule;

    private final Map<AlertRuleKind, AlertConditionSource> sources;

    private final MailService mail;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final Clock clock;

    AlertEvaluator(AlertRuleRepository rules, AlertRepository alerts, AlertNotificationRepository notifications,
            NotificationQueue queue, AlertingSchedule schedule, List<AlertConditionSource> sources, MailService mail,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.notifications = notifications;
        this.queue = queue;
        this.schedule = schedule;
        this.sources = sources.stream().collect(Collectors.toMap(AlertConditionSource::kind, Function.identity()));
        this.mail = mail;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Set<AlertRuleKind> kinds() {
        return sources.keySet();
    }

    public Optional<AlertConditionSource> source(AlertRuleKind kind) {
        return Optional.ofNullable(sources.get(kind));
    }

    /**
     * @return whether the agency still has enabled rules (else its evaluation schedule
     * ends)
     */
    public boolean evaluate(AgencyId agency) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            List<UUID> enabled = transactions.execute(status -> rules.findByAgencyIdAndEnabledTrue(agency.value())
                .stream()
                .map(rule -> rule.id)
                .toList());
            Instant now = clock.instant();
            for (UUID rule : enabled) {
                transactions.executeWithoutResult(status -> evaluate(agency, rule, now));
            }
            transactions.executeWithoutResult(status -> releaseHeldMail(agency, now));
            return !enabled.isEmpty();
        });
    }

    private void evaluate(AgencyId agency, UUID ruleId, Instant now) {
        Optional<AlertRuleRow> locked = rules.lockByAgencyIdAndId(agency.value(), ruleId).filter(rule -> rule.enabled);
        if (locked.isEmpty()) {
            return;
        }
        AlertRuleRow rule = locked.get();
        rule.lastEvaluatedAt = now;
        AlertConditionSource source = sources.get(rule.kind);
        if (source == null) {
            rule.lastError = "Nothing in this installation evaluates %s rules.".formatted(rule.kind);
            return;
        }
        List<AlertCondition> conditions;
        try {
            conditions = source.evaluate(rule.spec(), now);
            rule.lastError = null;
        }
        catch (RuntimeException e) {
            LOG.warn("Alert rule {} of agency {} could not be evaluated", rule.id, agency, e);
            rule.lastError = AlertRow.clip("Could not evaluate: " + e.getMessage(), 1000);
            return;
        }
        apply(rule, conditions, now);
    }

    /** The dedup of docs/alerting.md: one open alert per (rule, condition key). */
    void apply(AlertRuleRow rule, List<AlertCondition> conditions, Instant now) {
        Map<String, AlertRow> open = new HashMap<>();
        alerts.findByAgencyIdAndRuleIdAndOpenKeyIsNotNull(rule.agencyId, rule.id).forEach(a -> open.put(a.openKey, a));
        List<AlertRow> opened = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AlertCondition condition : conditions) {
            if (!seen.add(condition.key())) {
                continue;
            }
            AlertRow existing = open.get(condition.key());
            if (existing != null) {
                existing.see(condition, now);
            }
            else {
                opened.add(alerts.save(new AlertRow(rule, condition, now)));
            }
        }
        List<AlertRow> resolved = open.values().stream().filter(a -> !seen.contains(a.openKey)).toList();
        resolved.forEach(alert -> alert.resolve(now));
        alerts.flush();
        for (AlertRow alert : opened) {
            events.publishEvent(new AlertOpened(new AgencyId(rule.agencyId), alert.client(), alert.alertId(),
                    new AlertRuleId(rule.id), rule.kind,
                    Optional.ofNullable(alert.integrationId).map(IntegrationId::new), rule.severity, alert.summary,
                    alert.detectedAt, alert.openedAt, rule.opensIncident));
        }
        resolved.forEach(alert -> events.publishEvent(resolvedEvent(alert, now)));
        queue.queue(rule, Transition.FIRING, opened, now);
        queue.queue(rule, Transition.RESOLVED, resolved, now);
    }

    /**
     * Resolves a rule's open alerts without notices: the rule was disabled or deleted,
     * nobody watches any more.
     */
    public void closeAll(AlertRuleRow rule, Instant now) {
        List<AlertRow> open = alerts.findByAgencyIdAndRuleIdAndOpenKeyIsNotNull(rule.agencyId, rule.id);
        open.forEach(alert -> alert.resolve(now));
        alerts.flush();
        open.forEach(alert -> events.publishEvent(resolvedEvent(alert, now)));
    }

    /**
     * E-mail held while no SMTP server was configured goes out once there is one (after a
     * restart with spring.mail).
     */
    private void releaseHeldMail(AgencyId agency, Instant now) {
        if (!mail.configured()) {
            return;
        }
        for (NotificationRow held : notifications.findByAgencyIdAndState(agency.value(), NotificationState.HELD)) {
            held.state = NotificationState.PENDING;
            held.nextAttemptAt = now;
            schedule.deliver(agency, new NotificationId(held.id), now);
        }
    }

    private static AlertResolved resolvedEvent(AlertRow alert, Instant now) {
        return new AlertResolved(new AgencyId(alert.agencyId), alert.client(), alert.alertId(), now);
    }

}
