package io.plumbline.reporting.internal;

import io.plumbline.mail.MailAttachment;
import io.plumbline.mail.MailBusy;
import io.plumbline.mail.MailFailure;
import io.plumbline.mail.MailService;
import io.plumbline.mail.OutgoingMail;
import io.plumbline.reporting.DeliveryState;
import io.plumbline.reporting.ReportKind;
import io.plumbline.shared.RetrySchedule;
import io.plumbline.shared.SendClaims;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
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
 * One attempt to mail one scheduled report to one recipient, in three steps so that no
 * transaction stays open while the SMTP server takes its time: claim the delivery row
 * (locked for a moment, {@link SendClaims}) and read the PDF, send with no transaction,
 * record the outcome and clear the claim. Whoever finds a live claim leaves the row alone
 * and looks again when it would expire. Failures retry on {@link RetrySchedule}; without
 * an SMTP server the mail is HELD in the outbox (no attempt is spent) until an admin
 * sends the outbox again; a send that found every mail slot busy is put back without
 * counting as an attempt.
 */
@Component
public class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    private final ReportDeliveryRepository deliveries;

    private final ReportRepository reports;

    private final ReportDocumentRepository documents;

    private final ClientService clients;

    private final AgencyService agencies;

    private final MailService mail;

    private final SendClaims claims;

    private final TransactionTemplate transactions;

    private final Clock clock;

    ReportDelivery(ReportDeliveryRepository deliveries, ReportRepository reports, ReportDocumentRepository documents,
            ClientService clients, AgencyService agencies, MailService mail, SendClaims claims,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.documents = documents;
        this.clients = clients;
        this.agencies = agencies;
        this.mail = mail;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Either finished ({@code mail} null, {@code next} says when to look again) or
     * claimed at {@code at}.
     */
    private record Claim(Optional<Instant> next, OutgoingMail mail, Instant at) {
        static Claim finished(Optional<Instant> next) {
            return new Claim(next, null, null);
        }
    }

    private enum Sent {

        SENT, BUSY, FAILED

    }

    /**
     * @return when to try next; empty when the delivery is finished (sent, failed, held,
     * under review or gone)
     */
    public Optional<Instant> attempt(AgencyId agency, UUID id) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> {
            Claim claim = transactions.execute(status -> deliveries.lockByAgencyIdAndId(agency.value(), id)
                .map(this::claim)
                .orElseGet(() -> Claim.finished(Optional.empty())));
            if (claim.mail() == null) {
                return claim.next();
            }
            String error = null;
            Sent sent;
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
            return transactions.execute(status -> deliveries.lockByAgencyIdAndId(agency.value(), id)
                .map(row -> record(row, claim, outcome, failure))
                .orElse(Optional.empty()));
        });
    }

    private Claim claim(ReportDeliveryRow delivery) {
        if (delivery.state != DeliveryState.PENDING) {
            return Claim.finished(Optional.empty());
        }
        // Microseconds, as the database keeps them: the retry time handed to the
        // scheduler equals the stored one, and
        // the claim read back at the end equals the one written here.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (claims.live(delivery.claimedAt, now)) {
            return Claim.finished(Optional.of(claims.expiry(delivery.claimedAt)));
        }
        if (delivery.nextAttemptAt != null && delivery.nextAttemptAt.isAfter(now)) {
            return Claim.finished(Optional.of(delivery.nextAttemptAt));
        }
        if (!mail.configured()) {
            delivery.state = DeliveryState.HELD;
            delivery.lastError = "Held in the outbox: no mail server is set up";
            return Claim.finished(Optional.empty());
        }
        if (delivery.claimedAt != null) {
            log.warn("Report delivery {}: {}", delivery.id,
                    SendClaims.interrupted(delivery.claimedBy, delivery.claimedAt));
        }
        delivery.attempts++;
        delivery.claimedAt = now;
        delivery.claimedBy = claims.node();
        return new Claim(Optional.empty(), message(delivery), now);
    }

    private Optional<Instant> record(ReportDeliveryRow delivery, Claim claim, Sent sent, String error) {
        if (delivery.state != DeliveryState.PENDING) {
            return Optional.empty();
        }
        boolean ours = claim.at().equals(delivery.claimedAt) && claims.node().equals(delivery.claimedBy);
        if (!ours && sent != Sent.SENT) {
            // Our claim expired and another attempt took the row over: its outcome is the
            // one to keep.
            return Optional.ofNullable(delivery.claimedAt)
                .map(claims::expiry)
                .or(() -> Optional.ofNullable(delivery.nextAttemptAt));
        }
        delivery.claimedAt = null;
        delivery.claimedBy = null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        switch (sent) {
            case SENT -> {
                delivery.state = DeliveryState.SENT;
                delivery.sentAt = now;
                delivery.lastError = null;
                delivery.nextAttemptAt = null;
            }
            case BUSY -> {
                delivery.attempts--;
                delivery.nextAttemptAt = now.plus(MailBusy.PAUSE);
            }
            case FAILED -> {
                delivery.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                Optional<Duration> pause = RetrySchedule.after(delivery.attempts);
                delivery.state = pause.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED;
                delivery.nextAttemptAt = pause.map(now::plus).orElse(null);
            }
        }
        return Optional.ofNullable(delivery.nextAttemptAt);
    }

    private OutgoingMail message(ReportDeliveryRow delivery) {
        ReportRow report = reports.findByAgencyIdAndId(delivery.agencyId, delivery.reportId).orElseThrow();
        byte[] pdf = documents.findByAgencyIdAndReportId(delivery.agencyId, delivery.reportId).orElseThrow().pdf;
        String days = PdfText.days(report.periodStart, report.periodEnd);
        String subject;
        String body;
        String name;
        if (report.kind == ReportKind.EXECUTIVE) {
            name = agencies.currentBranding().displayName();
            subject = name + " executive report, " + days;
            body = "Hello,\n\nattached is the executive report of %s covering %s: the portfolio's figures against the "
                .formatted(name, days) + "previous period, the clients at risk, and reliability against satisfaction "
                    + "and renewal.\n\nIt holds every client's figures and contract values: please do not forward it "
                    + "outside the agency.\n\nThis report is sent on a schedule by Plumbline.";
        }
        else {
            name = report.client().flatMap(clients::find).map(ClientDetails::name).orElse("Client");
            subject = name + " integration report, " + days;
            body = "Hello,\n\nattached is the integration report for %s covering %s: service levels, integration health, "
                .formatted(name, days) + "incidents, consent coverage and what changed.\n\nThis report is sent on a "
                    + "schedule by Plumbline.";
        }
        return new OutgoingMail(List.of(delivery.recipient), subject, body, "report-" + delivery.id,
                List.of(new MailAttachment(report.details().fileName(name), "application/pdf", pdf)));
    }

}
