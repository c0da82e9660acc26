package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertId;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelId;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.NotificationDetails;
import io.plumbline.alerting.NotificationId;
import io.plumbline.alerting.NotificationState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A row of the notification outbox: one notice to one channel, and how its delivery goes.
 */
@Entity
@Table(name = "alert_notification")
public class NotificationRow {

    @Embeddable
    record Subject(UUID alertId, UUID agencyId) {
    }

    @Id
    UUID id;

    UUID agencyId;

    UUID channelId;

    String channelName;

    UUID ruleId;

    @Enumerated(EnumType.STRING)
    Transition transition;

    @Enumerated(EnumType.STRING)
    AlertSeverity severity;

    String subject;

    String body;

    /**
     * The GENERIC_JSON document, fixed when the notice is queued so every retry sends the
     * same bytes.
     */
    String payload;

    String dedupKey;

    @Enumerated(EnumType.STRING)
    NotificationState state;

    int attempts;

    Instant nextAttemptAt;

    Instant createdAt;

    Instant deliveredAt;

    String lastError;

    boolean demo;

    /**
     * Set while an attempt is sending (outside any transaction): when, and by which node
     * ({@link io.plumbline.shared.SendClaims}).
     */
    Instant claimedAt;

    String claimedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_notification_alert", joinColumns = @JoinColumn(name = "notification_id"))
    Set<Subject> alerts = new HashSet<>();

    protected NotificationRow() {
    }

    NotificationRow(UUID agencyId, ChannelRow channel, UUID ruleId, Transition transition, AlertSeverity severity,
            Notice notice, String dedupKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.channelId = channel.id;
        this.channelName = channel.name;
        this.ruleId = ruleId;
        this.transition = transition;
        this.severity = severity;
        this.subject = AlertRow.clip(notice.subject(), 300);
        this.body = AlertRow.clip(notice.body(), 20_000);
        this.payload = notice.payload();
        this.dedupKey = dedupKey;
        this.state = NotificationState.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        notice.alerts().forEach(alert -> alerts.add(new Subject(alert.value(), agencyId)));
    }

    public NotificationId notificationId() {
        return new NotificationId(id);
    }

    public String claimedBy() {
        return claimedBy;
    }

    public NotificationDetails details() {
        return new NotificationDetails(new NotificationId(id), Optional.ofNullable(channelId).map(ChannelId::new),
                channelName, Optional.ofNullable(ruleId).map(AlertRuleId::new), transition, severity, subject, body,
                state, attempts, nextAttemptAt, createdAt, deliveredAt, lastError, demo,
                alerts.stream().map(a -> new AlertId(a.alertId())).toList());
    }

}
