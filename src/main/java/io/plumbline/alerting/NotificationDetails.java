package io.plumbline.alerting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One notice to one channel. {@code demo}: a historic notice of the demo data, never
 * really sent.
 */
public record NotificationDetails(NotificationId id, Optional<ChannelId> channel, String channelName,
        Optional<AlertRuleId> rule, Transition transition, AlertSeverity severity, String subject, String body,
        NotificationState state, int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt,
        String lastError, boolean demo, List<AlertId> alerts) {

    /**
     * What the notice tells: alerts that started, alerts that cleared, or a channel test.
     */
    public enum Transition {

        FIRING, RESOLVED, TEST

    }
}
