package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelType;
import io.plumbline.alerting.DeliveryAttempt.Outcome;
import io.plumbline.alerting.NotificationId;
import io.plumbline.alerting.NotificationState;
import io.plumbline.alerting.QuietHours;
import io.plumbline.alerting.WebhookFormat;
import io.plumbline.mail.MailBusy;
import io.plumbline.mail.MailFailure;
import io.plumbline.mail.MailService;
import io.plumbline.mail.OutgoingMail;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.RetrySchedule;
import io.plumbline.shared.SendClaims;
import io.plumbline.shared.SecretCipher;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One delivery attempt of one outbox row, in three steps so that no transaction stays
 * open while a mail or webhook server takes its time: claim the row (locked for a moment,
 * {@link SendClaims}), send with no transaction, record the outcome and clear the claim.
 * A second caller that finds a live claim leaves the row alone and looks again when the
 * claim would expire; db-scheduler already runs one execution per notification at a time.
 * Every attempt is logged. Failures retry on {@link RetrySchedule}; retries that fall
 * into quiet hours wait for their end; e-mail without an SMTP server is HELD (not an
 * attempt, nothing lost) until one is configured; a send that found every mail slot busy
 * is put back without counting as an attempt.
 */
@Component
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final AlertNotificationRepository notifications;

    private final AlertChannelRepository channels;

    private final DeliveryAttemptRepository attempts;

    private final MailService mail;

    private final WebhookSender webhooks;

    private final SecretCipher cipher;

    private final OutboundAllowListService allowList;

    private final SendClaims claims;

    private final TransactionTemplate transactions;

    private final Clock clock;

    NotificationDelivery(AlertNotificationRepository notifications, AlertChannelRepository channels,
            DeliveryAttemptRepository attempts, MailService mail, WebhookSender webhooks, SecretCipher cipher,
            OutboundAllowListService allowList, SendClaims claims, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.notifications = notifications;
        this.channels = channels;
        this.attempts = attempts;
        this.mail = mail;
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.allowList = allowList;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * @return when to try next; empty when the row is finished (delivered, failed, held
     * or gone)
     */
    public Optional<Instant> attempt(AgencyId agency, NotificationId id) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Claim claim = transactions.execute(status -> notifications.lockByAgencyIdAndId(agency.value(), id.value())
                .map(this::claim)
                .orElseGet(() -> Claim.finished(Optional.empty())));
            if (claim.outgoing() == null) {
                return claim.next();
            }
            Sent sent = send(claim.outgoing());
            return transactions.execute(status -> notifications.lockByAgencyIdAndId(agency.value(), id.value())
                .map(row -> record(row, claim, sent))
                .orElse(Optional.empty()));
        });
    }

    /**
     * What to send, fixed while the row is locked (the webhook's secret and allow-list
     * come from the database).
     */
    private sealed interface Outgoing {

    }

    private record Email(OutgoingMail mail) implements Outgoing {
    }

    private record Webhook(URI url, String body, String key, Optional<String> secret, Instant at,
            List<String> allowList) implements Outgoing {
    }

    /**
     * Either finished ({@code outgoing} null, {@code next} says when to look again) or
     * claimed at {@code at}.
     */
    private record Claim(Optional<Instant> next, Outgoing outgoing, Instant at, String takeover) {
        static Claim finished(Optional<Instant> next) {
            return new Claim(next, null, null, null);
        }
    }

    private Claim claim(NotificationRow row) {
        if (row.state != NotificationState.PENDING) {
            return Claim.finished(Optional.empty());
        }
        // Microseconds, as the database keeps them: the claim read back at the end equals
        // the one written here.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (claims.live(row.claimedAt, now)) {
            return Claim.finished(Optional.of(claims.expiry(row.claimedAt)));
        }
        if (row.nextAttemptAt != null && row.nextAttemptAt.isAfter(now)) {
            return Claim.finished(Optional.of(row.nextAttemptAt));
        }
        Optional<ChannelRow> channel = Optional.ofNullable(row.channelId)
            .flatMap(c -> channels.findByAgencyIdAndId(row.agencyId, c));
        if (channel.isEmpty()) {
            return Claim.finished(fail(row, now, null, "The channel was deleted.", true));
        }
        if (channel.get().type == ChannelType.EMAIL && !mail.configured()) {
            row.state = NotificationState.HELD;
            row.lastError = "Held: no mail server is set up";
            attempts.save(new DeliveryAttemptRow(row, now, Outcome.HELD, null, row.lastError));
            return Claim.finished(Optional.empty());
        }
        String takeover = null;
        if (row.claimedAt != null) {
            takeover = SendClaims.interrupted(row.claimedBy, row.claimedAt);
            log.warn("Notification {}: {}", row.id, takeover);
        }
        row.attempts++;
        row.claimedAt = now;
        row.claimedBy = claims.node();
        return new Claim(Optional.empty(), outgoing(channel.get(), row, now), now, takeover);
    }

    private Optional<Instant> record(NotificationRow row, Claim claim, Sent sent) {
        if (row.state != NotificationState.PENDING) {
            return Optional.empty();
        }
        boolean ours = claim.at().equals(row.claimedAt) && claims.node().equals(row.claimedBy);
        if (!ours && !sent.delivered()) {
            // Our claim expired and another attempt took the row over: its outcome is the
            // one to keep.
            return Optional.ofNullable(row.claimedAt)
                .map(claims::expiry)
                .or(() -> Optional.ofNullable(row.nextAttemptAt));
        }
        row.claimedAt = null;
        row.claimedBy = null;
        Instant now = clock.instant();
        if (sent.busy()) {
            row.attempts--;
            row.nextAttemptAt = now.plus(MailBusy.PAUSE);
            return Optional.of(row.nextAttemptAt);
        }
        if (sent.delivered()) {
            row.state = NotificationState.DELIVERED;
            row.deliveredAt = now;
            row.lastError = null;
            row.nextAttemptAt = null;
            attempts.save(new DeliveryAttemptRow(row, now, Outcome.DELIVERED, sent.status(), claim.takeover()));
            return Optional.empty();
        }
        String error = claim.takeover() == null ? sent.error() : sent.error() + " (" + claim.takeover() + ")";
        return fail(row, now, sent.status(), error, false);
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
        QuietHours quiet = channels.findByAgencyIdAndId(row.agencyId, row.channelId)
            .map(ChannelRow::quietHours)
            .orElse(null);
        if (quiet != null && !(row.severity == AlertSeverity.PAGE && quiet.pageBypasses())) {
            next = quiet.endOfQuietPeriod(next).orElse(next);
        }
        row.nextAttemptAt = next;
        return Optional.of(next);
    }

    private record Sent(boolean delivered, boolean busy, Integer status, String error) {
    }

    private Outgoing outgoing(ChannelRow channel, NotificationRow row, Instant now) {
        if (channel.type == ChannelType.EMAIL) {
            return new Email(OutgoingMail.text(channel.addresses(), row.subject, row.body, "alert-" + row.dedupKey));
        }
        String body = channel.webhookFormat == WebhookFormat.SLACK ? WebhookPayloads.slack(row.subject, row.body)
                : row.payload;
        Optional<String> secret = Optional.ofNullable(channel.signingSecret)
            .map(sealed -> cipher.decrypt(sealed, secretContext(channel.id)));
        return new Webhook(URI.create(channel.webhookUrl), body, row.dedupKey, secret, now,
                allowList.entriesForCurrentAgency());
    }

    private Sent send(Outgoing outgoing) {
        return switch (outgoing) {
            case Email email -> {
                try {
                    mail.send(email.mail());
                    yield new Sent(true, false, 250, null);
                }
                catch (MailBusy busy) {
                    yield new Sent(false, true, null, busy.getMessage());
                }
                catch (MailFailure e) {
                    yield new Sent(false, false, e.smtpCode(), e.getMessage());
                }
            }
            case Webhook hook -> {
                WebhookSender.Result result = webhooks.post(hook.url(), hook.body(), hook.key(), hook.secret(),
                        hook.at(), hook.allowList());
                yield new Sent(result.delivered(), false, result.status(), result.error());
            }
        };
    }

    /** The associated data that binds a sealed signing secret to its channel. */
    public static String secretContext(UUID channel) {
        return "alert-channel:" + channel;
    }

}
