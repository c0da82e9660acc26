package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertDemoHistory;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.NotificationDetails.Transition;
import io.plumbline.alerting.NotificationId;
import io.plumbline.alerting.NotificationState;
import io.plumbline.alerting.QuietHours;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.Secrets;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts notices into the outbox: one row per alert transition group and routed, enabled
 * channel, in the transaction of the transition. The dedup key (transition, channel, the
 * alerts' ids) cannot repeat, because an alert id opens and resolves once. Quiet hours
 * set the first attempt to the end of the quiet period instead of dropping anything.
 */
@Component
public class NotificationQueue {

    private final AlertChannelRepository channels;

    private final AlertNotificationRepository notifications;

    private final AlertingSchedule schedule;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final String publicUrl;

    NotificationQueue(AlertChannelRepository channels, AlertNotificationRepository notifications,
            AlertingSchedule schedule, ClientService clients, IntegrationService integrations,
            PlumblineProperties properties) {
        String publicUrl = properties.publicUrl();
        this.channels = channels;
        this.notifications = notifications;
        this.schedule = schedule;
        this.clients = clients;
        this.integrations = integrations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * One notice for these alerts of one rule, which all opened (or all resolved) in one
     * evaluation.
     */
    void queue(AlertRuleRow rule, Transition transition, List<AlertRow> alerts, Instant now) {
        notices(rule, transition, alerts, now).forEach((channel, row) -> {
            if (channel.enabled) {
                add(channel, row);
            }
        });
    }

    /**
     * Demo history only ({@link AlertDemoHistory}): the notices these alerts would have
     * had, stored as delivered with the demo flag and never scheduled, so nothing is ever
     * sent for them.
     */
    public void recordDemoHistory(AlertRuleRow rule, Transition transition, List<AlertRow> alerts, Instant at) {
        notices(rule, transition, alerts, at).values().forEach(row -> {
            row.state = NotificationState.DELIVERED;
            row.deliveredAt = at;
            row.nextAttemptAt = null;
            row.demo = true;
            notifications.save(row);
        });
    }

    /** One unsaved notice per channel the rule routes to. */
    private Map<ChannelRow, NotificationRow> notices(AlertRuleRow rule, Transition transition, List<AlertRow> alerts,
            Instant now) {
        Map<ChannelRow, NotificationRow> notices = new LinkedHashMap<>();
        if (alerts.isEmpty() || rule.routes.isEmpty()) {
            return notices;
        }
        Notice notice = render(rule.name, rule.kind, rule.severity, transition, alerts, now);
        List<UUID> routed = rule.routes.stream().map(AlertRuleRow.Route::channelId).toList();
        String alertIds = alerts.stream().map(a -> a.id.toString()).sorted().collect(Collectors.joining(","));
        for (ChannelRow channel : channels.findByAgencyIdAndIdIn(rule.agencyId, routed)) {
            String dedupKey = Secrets.sha256(transition + "|" + channel.id + "|" + alertIds);
            notices.put(channel, new NotificationRow(rule.agencyId, channel, rule.id, transition, rule.severity, notice,
                    dedupKey, now));
        }
        return notices;
    }

    /**
     * A test notice to one channel; quiet hours apply to it too, so a test shows what a
     * real notice would do.
     */
    public NotificationRow queueTest(ChannelRow channel, String by, Instant now) {
        String subject = "Plumbline test notification for " + channel.name;
        String body = "%s asked Plumbline to send this test notice at %s. If you can read it, the channel works."
            .formatted(by, now);
        String payload = WebhookPayloads
            .json(Map.of("type", "alert.test", "channel", channel.name, "requestedBy", by, "sentFor", now.toString()));
        return add(channel, new NotificationRow(channel.agencyId, channel, null, Transition.TEST, AlertSeverity.TICKET,
                new Notice(subject, body, payload, List.of()), Secrets.sha256("test|" + UUID.randomUUID()), now));
    }

    private NotificationRow add(ChannelRow channel, NotificationRow row) {
        if (notifications.existsByAgencyIdAndDedupKey(row.agencyId, row.dedupKey)) {
            return row;
        }
        QuietHours quiet = channel.quietHours();
        if (quiet != null && !(row.severity == AlertSeverity.PAGE && quiet.pageBypasses())) {
            quiet.endOfQuietPeriod(row.createdAt).ifPresent(end -> row.nextAttemptAt = end);
        }
        NotificationRow saved = notifications.save(row);
        schedule.deliver(new AgencyId(row.agencyId), new NotificationId(saved.id), saved.nextAttemptAt);
        return saved;
    }

    private Notice render(String ruleName, AlertRuleKind kind, AlertSeverity severity, Transition transition,
            List<AlertRow> alerts, Instant now) {
        boolean firing = transition == Transition.FIRING;
        String subject = "[%s] %s: %s — %d alert%s".formatted(severity, firing ? "FIRING" : "RESOLVED", ruleName,
                alerts.size(), alerts.size() == 1 ? "" : "s");
        StringBuilder body = new StringBuilder();
        body.append(firing ? "These conditions started:" : "These conditions cleared:").append("\n\n");
        List<Map<String, Object>> documents = alerts.stream()
            .sorted(Comparator.comparing(a -> a.summary))
            .map(alert -> {
                String client = clients.find(alert.client()).map(ClientDetails::name).orElse("unknown client");
                Optional<String> integration = Optional.ofNullable(alert.integrationId)
                    .map(IntegrationId::new)
                    .flatMap(integrations::find)
                    .map(IntegrationDetails::name);
                body.append("• ").append(client).append(" — ").append(alert.summary).append('\n');
                if (alert.detail != null) {
                    body.append("  ").append(alert.detail).append('\n');
                }
                if (!firing) {
                    body.append("  Open since ")
                        .append(alert.openedAt)
                        .append(", resolved ")
                        .append(alert.resolvedAt)
                        .append('\n');
                }
                if (!publicUrl.isEmpty()) {
                    body.append("  ").append(publicUrl).append("/alerts/").append(alert.id).append('\n');
                }
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("id", alert.id.toString());
                document.put("key", alert.conditionKey);
                document.put("client", Map.of("id", alert.clientId.toString(), "name", client));
                integration.ifPresent(name -> document.put("integration",
                        Map.of("id", alert.integrationId.toString(), "name", name)));
                document.put("state", alert.state.name());
                document.put("summary", alert.summary);
                document.put("detail", alert.detail == null ? "" : alert.detail);
                document.put("openedAt", alert.openedAt.toString());
                if (alert.resolvedAt != null) {
                    document.put("resolvedAt", alert.resolvedAt.toString());
                }
                return document;
            })
            .toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", firing ? "alert.firing" : "alert.resolved");
        payload.put("rule", Map.of("name", ruleName, "kind", kind.name(), "severity", severity.name()));
        payload.put("alerts", documents);
        payload.put("at", now.toString());
        return new Notice(subject, body.toString().strip(), WebhookPayloads.json(payload),
                alerts.stream().map(AlertRow::alertId).toList());
    }

}
