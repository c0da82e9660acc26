package io.plumbline.alerting;

import io.plumbline.alerting.AlertEvent.AlertAcknowledged;
import io.plumbline.alerting.internal.AlertNotificationRepository;
import io.plumbline.alerting.internal.AlertRepository;
import io.plumbline.alerting.internal.AlertRow;
import io.plumbline.alerting.internal.AlertingAccess;
import io.plumbline.alerting.internal.AlertingSchedule;
import io.plumbline.alerting.internal.DeliveryAttemptRepository;
import io.plumbline.alerting.internal.DeliveryAttemptRow;
import io.plumbline.alerting.internal.NotificationRow;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts, their acknowledgement, and the notification outbox with its delivery log.
 * Internal to the agency.
 */
@Service
public class AlertService {

    /** The views show the newest this many; older alerts stay stored. */
    public static final int LIST_LIMIT = 500;

    private final AlertRepository alerts;

    private final AlertNotificationRepository notifications;

    private final DeliveryAttemptRepository attempts;

    private final AlertingSchedule schedule;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    AlertService(AlertRepository alerts, AlertNotificationRepository notifications, DeliveryAttemptRepository attempts,
            AlertingSchedule schedule, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.notifications = notifications;
        this.attempts = attempts;
        this.schedule = schedule;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; {@code client} and {@code state} narrow the list when not null. */
    @Transactional(readOnly = true)
    public List<AlertDetails> list(ClientId client, AlertState state) {
        TenantScope scope = AlertingAccess.reader();
        return alerts.findByAgencyIdOrderByOpenedAtDesc(scope.agency().value(), PageRequest.ofSize(LIST_LIMIT))
            .stream()
            .map(AlertRow::details)
            .filter(a -> client == null || a.client().equals(client))
            .filter(a -> state == null || a.state() == state)
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<AlertDetails> find(AlertId id) {
        TenantScope scope = AlertingAccess.reader();
        return alerts.findByAgencyIdAndId(scope.agency().value(), id.value()).map(AlertRow::details);
    }

    /**
     * Someone is on it: FIRING → ACKNOWLEDGED. A resolved alert cannot be acknowledged
     * any more.
     */
    @Transactional
    public AlertDetails acknowledge(AlertId id) {
        TenantScope scope = AlertingAccess.editor();
        AlertRow alert = alerts.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such alert"));
        if (alert.state() != AlertState.FIRING) {
            throw new InvalidInputException("state",
                    alert.state() == AlertState.RESOLVED ? "This alert is already resolved."
                            : "This alert is already acknowledged by " + alert.acknowledgedBy() + ".");
        }
        String by = AlertingAccess.actor();
        alert.acknowledge(by, clock.instant());
        events.publishEvent(new AlertAcknowledged(scope.agency(), alert.client(), id, by, alert.acknowledgedAt()));
        return alert.details();
    }

    /** The outbox, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationDetails> notifications() {
        TenantScope scope = AlertingAccess.reader();
        return notifications.findByAgencyIdOrderByCreatedAtDesc(scope.agency().value(), PageRequest.ofSize(LIST_LIMIT))
            .stream()
            .map(NotificationRow::details)
            .toList();
    }

    /**
     * Which node holds each notice whose delivery is under way: the node whose scheduler
     * picked its execution ({@code picked_by}), else the node that claimed it for a send
     * that was cut short. Names are db-scheduler's, host and process id. A node that died
     * holding a notice keeps showing until another node takes it over (60–91 s).
     */
    @Transactional(readOnly = true)
    public Map<NotificationId, String> nodesAtWork() {
        TenantScope scope = AlertingAccess.reader();
        Map<NotificationId, String> nodes = new HashMap<>();
        notifications.findByAgencyIdAndClaimedByIsNotNull(scope.agency().value())
            .forEach(row -> nodes.put(row.notificationId(), row.claimedBy()));
        nodes.putAll(schedule.pickedDeliveries(scope.agency()));
        return nodes;
    }

    @Transactional(readOnly = true)
    public List<NotificationDetails> notificationsOf(AlertId alert) {
        TenantScope scope = AlertingAccess.reader();
        return notifications.findByAlert(scope.agency().value(), alert.value())
            .stream()
            .map(NotificationRow::details)
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<NotificationDetails> notification(NotificationId id) {
        TenantScope scope = AlertingAccess.reader();
        return notifications.findByAgencyIdAndId(scope.agency().value(), id.value()).map(NotificationRow::details);
    }

    /**
     * Every attempt to deliver the notification, oldest first; empty for another agency's
     * notification.
     */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(NotificationId id) {
        TenantScope scope = AlertingAccess.reader();
        return attempts.findByAgencyIdAndNotificationIdOrderByAttemptedAtAsc(scope.agency().value(), id.value())
            .stream()
            .map(DeliveryAttemptRow::details)
            .toList();
    }

}
