package io.plumbline.alerting;

import io.plumbline.alerting.DeliveryAttempt.Outcome;
import io.plumbline.alerting.internal.WebhookPayloads;
import io.plumbline.alerting.internal.WebhookSender;
import io.plumbline.mail.MailFailure;
import io.plumbline.mail.MailService;
import io.plumbline.mail.OutgoingMail;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.RetrySchedule;
import io.plumbline.shared.SecretCipher;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One delivery attempt of one outbox row, with the row locked for the attempt: whoever calls second (the scheduler on
 * another node, a retry racing a test) waits and then finds it delivered. Every attempt is logged. Failures retry on
 * {@link RetrySchedule}; retries that fall into quiet hours wait for their end; e-mail without an SMTP server is HELD
 * (not an attempt, nothing lost) until one is configured.
 */
@Component
class NotificationDelivery {

    private final AlertNotificationRepository notifications;
    private final AlertChannelRepository channels;
    private final DeliveryAttemptRepository attempts;
    private final MailService mail;
    private final WebhookSender webhooks;
    private final SecretCipher cipher;
    private final OutboundAllowListService allowList;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDelivery(AlertNotificationRepository notifications, AlertChannelRepository channels,
            DeliveryAttemptRepository attempts, MailService mail, WebhookSender webhooks, SecretCipher cipher,
            OutboundAllowListService allowList, PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.channels = channels;
        this.attempts = attempts;
        this.mail = mail;
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.allowList = allowList;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return when to try next; empty when the row is finished (delivered, failed, held or gone) */
    Optional<Instant> attempt(AgencyId agency, NotificationId id) {
        return CurrentTenant.callAs(TenantScope.agency(agency),
                () -> transactions.execute(status -> notifications.lockByAgencyIdAndId(agency.value(), id.value())
                        .flatMap(this::attempt)));
    }

    private Optional<Instant> attempt(NotificationRow row) {
        if (row.state != NotificationState.PENDING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (row.nextAttemptAt != null && row.nextAttemptAt.isAfter(now)) {
            return Optional.of(row.nextAttemptAt);
        }
        Optional<ChannelRow> channel = Optional.ofNullable(row.channelId)
                .flatMap(c -> channels.findByAgencyIdAndId(row.agencyId, c));
        if (channel.isEmpty()) {
            return fail(row, now, null, "The channel was deleted.", true);
        }
        if (channel.get().type == ChannelType.EMAIL && !mail.configured()) {
            row.state = NotificationState.HELD;
            row.lastError = "Held: no SMTP server configured";
            attempts.save(new DeliveryAttemptRow(row, now, Outcome.HELD, null, row.lastError));
            return Optional.empty();
        }
        row.attempts++;
        Sent sent = send(channel.get(), row, now);
        if (sent.delivered()) {
            row.state = NotificationState.DELIVERED;
            row.deliveredAt = now;
            row.lastError = null;
            row.nextAttemptAt = null;
            attempts.save(new DeliveryAttemptRow(row, now, Outcome.DELIVERED, sent.status(), null));
            return Optional.empty();
        }
        return fail(row, now, sent.status(), sent.error(), false);
    }

    private Optional<Instant> fail(NotificationRow row, Instant now, Integer status, String error, boolean final_) {
        attempts.save(new DeliveryAttemptRow(row, now, Outcome.FAILED, status, error));
        row.lastError = error == null ? null : AlertRow.clip(error, 1000);
        Optional<Duration> pause = final_ ? Optional.empty() : RetrySchedule.after(row.attempts);
        if (pause.isEmpty()) {
            row.state = NotificationState.FAILED;
            row.nextAttemptAt = null;
            return Optional.empty();
        }
        Instant next = now.plus(pause.get());
        QuietHours quiet = channels.findByAgencyIdAndId(row.agencyId, row.channelId).map(ChannelRow::quietHours).orElse(null);
        if (quiet != null && !(row.severity == AlertSeverity.PAGE && quiet.pageBypasses())) {
            next = quiet.endOfQuietPeriod(next).orElse(next);
        }
        row.nextAttemptAt = next;
        return Optional.of(next);
    }

    private record Sent(boolean delivered, Integer status, String error) {
    }

    private Sent send(ChannelRow channel, NotificationRow row, Instant now) {
        if (channel.type == ChannelType.EMAIL) {
            try {
                mail.send(OutgoingMail.text(channel.addresses(), row.subject, row.body, "alert-" + row.dedupKey));
                return new Sent(true, 250, null);
            } catch (MailFailure e) {
                return new Sent(false, e.smtpCode(), e.getMessage());
            }
        }
        String body = channel.webhookFormat == WebhookFormat.SLACK ? WebhookPayloads.slack(row.subject, row.body)
                : row.payload;
        Optional<String> secret = Optional.ofNullable(channel.signingSecret)
                .map(sealed -> cipher.decrypt(sealed, secretContext(channel.id)));
        WebhookSender.Result result = webhooks.post(URI.create(channel.webhookUrl), body, row.dedupKey, secret, now,
                allowList.entriesForCurrentAgency());
        return new Sent(result.delivered(), result.status(), result.error());
    }

    /** The associated data that binds a sealed signing secret to its channel. */
    static String secretContext(UUID channel) {
        return "alert-channel:" + channel;
    }
}
