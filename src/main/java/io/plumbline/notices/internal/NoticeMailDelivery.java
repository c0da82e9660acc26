package io.plumbline.notices.internal;

import io.plumbline.mail.MailBusy;
import io.plumbline.mail.MailFailure;
import io.plumbline.mail.MailService;
import io.plumbline.mail.OutgoingMail;
import io.plumbline.shared.RetrySchedule;
import io.plumbline.shared.SendClaims;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import io.plumbline.tenancy.UserService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt to send one notice mail, in three steps like the report mail: claim the row
 * (locked for a moment, {@link SendClaims}), send with no transaction open, record the
 * outcome and clear the claim. A recipient who unsubscribed or was disabled meanwhile
 * gets nothing (the row becomes CANCELLED). Failures retry on {@link RetrySchedule};
 * without an SMTP server (the demo) the mail is HELD: shown as not sent, never attempted.
 */
@Component
public class NoticeMailDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailDelivery.class);

    private final JdbcTemplate jdbc;

    private final SubscriptionStore subscriptions;

    private final UserService users;

    private final MailService mail;

    private final SendClaims claims;

    private final TransactionTemplate transactions;

    private final Clock clock;

    NoticeMailDelivery(JdbcTemplate jdbc, SubscriptionStore subscriptions, UserService users, MailService mail,
            SendClaims claims, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.users = users;
        this.mail = mail;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    private record Row(UUID id, ClientId client, UserId user, String recipient, String subject, String text,
            String html, String unsubscribeUrl, String state, int attempts, Instant nextAttemptAt, Instant claimedAt,
            String claimedBy) {
    }

    private record Claim(Optional<Instant> next, OutgoingMail mail, Instant at) {
        static Claim finished(Optional<Instant> next) {
            return new Claim(next, null, null);
        }
    }

    private enum Sent {

        SENT, BUSY, FAILED

    }

    /**
     * @return when to try next; empty when the mail is finished
     */
    public Optional<Instant> attempt(AgencyId agency, UUID id) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Claim claim = transactions.execute(status -> lock(agency, id).map(row -> claim(agency, row))
                .orElseGet(() -> Claim.finished(Optional.empty())));
            if (claim.mail() == null) {
                return claim.next();
            }
            Sent sent;
            String error = null;
            try {
                mail.send(claim.mail());
                sent = Sent.SENT;
            }
            catch (MailBusy busy) {
                sent = Sent.BUSY;
            }
            catch (MailFailure e) {
                sent = Sent.FAILED;
                error = e.getMessage() == null ? "SMTP failure" : e.getMessage();
            }
            Sent outcome = sent;
            String failure = error;
            return transactions.execute(status -> lock(agency, id).map(row -> record(row, claim, outcome, failure))
                .orElse(Optional.empty()));
        });
    }

    private Optional<Row> lock(AgencyId agency, UUID id) {
        return jdbc.query("SELECT * FROM notice_mail WHERE agency_id = ? AND id = ? FOR UPDATE",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                        rs.getString("unsubscribe_url"), rs.getString("state"), rs.getInt("attempts"),
                        instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("claimed_at")),
                        rs.getString("claimed_by")),
                agency.value(), id)
            .stream()
            .findFirst();
    }

    private Claim claim(AgencyId agency, Row row) {
        if (!"PENDING".equals(row.state())) {
            return Claim.finished(Optional.empty());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (claims.live(row.claimedAt(), now)) {
            return Claim.finished(Optional.of(claims.expiry(row.claimedAt())));
        }
        if (row.nextAttemptAt() != null && row.nextAttemptAt().isAfter(now)) {
            return Claim.finished(Optional.of(row.nextAttemptAt()));
        }
        boolean stillSubscribed = subscriptions.find(new TenantScope(agency, row.client()), row.user()).isPresent()
                && users.enabledClientUsers(row.client()).containsKey(row.user());
        if (!stillSubscribed) {
            update(row.id(), "CANCELLED", row.attempts(), null, null, null, null,
                    "Not sent: the recipient unsubscribed or was disabled");
            return Claim.finished(Optional.empty());
        }
        if (!mail.configured()) {
            update(row.id(), "HELD", row.attempts(), null, null, null, null,
                    "Not sent: no SMTP server configured (spring.mail.host)");
            return Claim.finished(Optional.empty());
        }
        if (row.claimedAt() != null) {
            log.warn("Notice mail {}: {}", row.id(), SendClaims.interrupted(row.claimedBy(), row.claimedAt()));
        }
        update(row.id(), "PENDING", row.attempts() + 1, null, now, claims.node(), null, null);
        OutgoingMail message = OutgoingMail.withHtml(List.of(row.recipient()), row.subject(), row.text(), row.html(),
                "notice-" + row.id(), Map.of("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", "Auto-Submitted", "auto-generated"));
        return new Claim(Optional.empty(), message, now);
    }

    private Optional<Instant> record(Row row, Claim claim, Sent sent, String error) {
        if (!"PENDING".equals(row.state())) {
            return Optional.empty();
        }
        boolean ours = claim.at().equals(row.claimedAt()) && claims.node().equals(row.claimedBy());
        if (!ours && sent != Sent.SENT) {
            return Optional.ofNullable(row.claimedAt())
                .map(claims::expiry)
                .or(() -> Optional.ofNullable(row.nextAttemptAt()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        switch (sent) {
            case SENT -> {
                update(row.id(), "SENT", row.attempts(), null, null, null, now, null);
                return Optional.empty();
            }
            case BUSY -> {
                Instant next = now.plus(MailBusy.PAUSE);
                update(row.id(), "PENDING", row.attempts() - 1, next, null, null, null, null);
                return Optional.of(next);
            }
            default -> {
                String message = error.length() > 1000 ? error.substring(0, 1000) : error;
                Optional<Duration> pause = RetrySchedule.after(row.attempts());
                Instant next = pause.map(now::plus).orElse(null);
                update(row.id(), pause.isPresent() ? "PENDING" : "FAILED", row.attempts(), next, null, null, null,
                        message);
                return Optional.ofNullable(next);
            }
        }
    }

    private void update(UUID id, String state, int attempts, Instant next, Instant claimedAt, String claimedBy,
            Instant sentAt, String error) {
        jdbc.update(
                "UPDATE notice_mail SET state = ?, attempts = ?, next_attempt_at = ?, claimed_at = ?, claimed_by = ?, "
                        + "sent_at = ?, last_error = ? WHERE id = ?",
                state, attempts, ts(next), ts(claimedAt), claimedBy, ts(sentAt), error, id);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

}
