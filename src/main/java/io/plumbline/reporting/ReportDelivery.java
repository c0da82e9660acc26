package io.plumbline.reporting;

import io.plumbline.mail.MailAttachment;
import io.plumbline.mail.MailFailure;
import io.plumbline.mail.MailService;
import io.plumbline.mail.OutgoingMail;
import io.plumbline.reporting.internal.PdfText;
import io.plumbline.shared.RetrySchedule;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt to mail one scheduled report to one recipient, with the delivery row locked for the attempt: whoever
 * comes second waits and finds it SENT. Failures retry on {@link RetrySchedule}; without an SMTP server the mail is
 * HELD in the outbox (no attempt is spent) until an admin sends the outbox again.
 */
@Component
class ReportDelivery {

    private final ReportDeliveryRepository deliveries;
    private final ReportRepository reports;
    private final ReportDocumentRepository documents;
    private final ClientService clients;
    private final AgencyService agencies;
    private final MailService mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportDelivery(ReportDeliveryRepository deliveries, ReportRepository reports, ReportDocumentRepository documents,
            ClientService clients, AgencyService agencies, MailService mail, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.documents = documents;
        this.clients = clients;
        this.agencies = agencies;
        this.mail = mail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return when to try next; empty when the delivery is finished (sent, failed, held, under review or gone) */
    Optional<Instant> attempt(AgencyId agency, UUID id) {
        return CurrentTenant.callAs(TenantScope.agency(agency), () -> transactions.execute(status ->
                deliveries.lockByAgencyIdAndId(agency.value(), id).flatMap(this::attempt)));
    }

    private Optional<Instant> attempt(ReportDeliveryRow delivery) {
        if (delivery.state != DeliveryState.PENDING) {
            return Optional.empty();
        }
        // Microseconds, as the database keeps them: the retry time handed to the scheduler equals the stored one.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (delivery.nextAttemptAt != null && delivery.nextAttemptAt.isAfter(now)) {
            return Optional.of(delivery.nextAttemptAt);
        }
        if (!mail.configured()) {
            delivery.state = DeliveryState.HELD;
            delivery.lastError = "Held in the outbox: no SMTP server configured (spring.mail.host)";
            return Optional.empty();
        }
        delivery.attempts++;
        try {
            mail.send(message(delivery));
            delivery.state = DeliveryState.SENT;
            delivery.sentAt = now;
            delivery.lastError = null;
            delivery.nextAttemptAt = null;
            return Optional.empty();
        } catch (MailFailure e) {
            String error = e.getMessage() == null ? "SMTP failure" : e.getMessage();
            delivery.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
            Optional<Duration> pause = RetrySchedule.after(delivery.attempts);
            delivery.state = pause.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED;
            delivery.nextAttemptAt = pause.map(now::plus).orElse(null);
            return Optional.ofNullable(delivery.nextAttemptAt);
        }
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
        } else {
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
