package io.plumbline.reporting;

import io.plumbline.reporting.internal.ReportDeliveryRepository;
import io.plumbline.reporting.internal.ReportDeliveryRow;
import io.plumbline.reporting.internal.ReportRepository;
import io.plumbline.reporting.internal.ReportRow;
import io.plumbline.reporting.internal.ReportSchedule;
import io.plumbline.reporting.internal.ReportScheduleRepository;
import io.plumbline.reporting.internal.ReportScheduleRow;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled client and executive reports by e-mail (owners and admins): the schedules,
 * the review of reports held for approval, the delivery log and the outbox of mail held
 * while no SMTP server was configured.
 */
@Service
public class ReportScheduleService {

    static final int MAX_RECIPIENTS = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

    private final ReportScheduleRepository schedules;

    private final ReportRepository reports;

    private final ReportDeliveryRepository deliveries;

    private final ClientService clients;

    private final ReportSchedule tasks;

    private final Clock clock;

    ReportScheduleService(ReportScheduleRepository schedules, ReportRepository reports,
            ReportDeliveryRepository deliveries, ClientService clients, ReportSchedule tasks, Clock clock) {
        this.schedules = schedules;
        this.reports = reports;
        this.deliveries = deliveries;
        this.clients = clients;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public ScheduleDetails create(ScheduleDraft draft) {
        TenantScope scope = Access.requireAgencyManager();
        List<String> recipients = validate(draft);
        ReportScheduleRow row = schedules
            .save(new ReportScheduleRow(
                    scope.agency().value(), new ScheduleDraft(draft.client(), draft.cadence(), draft.zone(),
                            draft.sendAt(), recipients, draft.reviewBeforeSend(), draft.kind()),
                    by(), clock.instant()));
        tasks.run(scope.agency(), new ReportScheduleId(row.id()), row.nextRunAt());
        return row.details();
    }

    @Transactional(readOnly = true)
    public List<ScheduleDetails> list() {
        TenantScope scope = Access.requireAgencyManager();
        return schedules.findByAgencyIdOrderByCreatedAtDesc(scope.agency().value())
            .stream()
            .map(ReportScheduleRow::details)
            .toList();
    }

    /**
     * Changes when and to whom a schedule sends (cadence, zone, local time, recipients,
     * review); which report it sends stays (add a new schedule for another). The next run
     * is planned again from now. Reports and deliveries already made keep the period they
     * were made for.
     */
    @Transactional
    public ScheduleDetails update(ReportScheduleId id, ScheduleDraft draft) {
        TenantScope scope = Access.requireAgencyManager();
        ReportScheduleRow row = schedules.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such schedule"));
        List<String> recipients = validate(new ScheduleDraft(row.client().orElse(null), draft.cadence(), draft.zone(),
                draft.sendAt(), draft.recipients(), draft.reviewBeforeSend(), row.kind()));
        row.change(draft, recipients, clock.instant());
        if (row.enabled()) {
            tasks.moveRun(scope.agency(), id, row.nextRunAt());
        }
        return row.details();
    }

    /**
     * Deletes a schedule and its delivery log; its reports stay in the archive. Mail not
     * yet sent is not sent; a run already planned finds no schedule and ends.
     */
    @Transactional
    public void delete(ReportScheduleId id) {
        TenantScope scope = Access.requireAgencyManager();
        ReportScheduleRow row = schedules.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such schedule"));
        schedules.delete(row);
    }

    /** Pauses or resumes a schedule; resuming plans its next run from now. */
    @Transactional
    public ScheduleDetails setEnabled(ReportScheduleId id, boolean enabled) {
        TenantScope scope = Access.requireAgencyManager();
        ReportScheduleRow row = schedules.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such schedule"));
        row.setEnabled(enabled, clock.instant());
        if (enabled) {
            tasks.moveRun(scope.agency(), id, row.nextRunAt());
        }
        return row.details();
    }

    /**
     * Scheduled reports that wait for an admin's approval before they are sent and shown
     * in the portal.
     */
    @Transactional(readOnly = true)
    public List<ReportDetails> awaitingReview() {
        TenantScope scope = Access.requireAgencyManager();
        return reports.findByAgencyIdOrderByRequestedAtDesc(scope.agency().value(), PageRequest.of(0, 200))
            .stream()
            .filter(ReportRow::awaitsReview)
            .map(ReportRow::details)
            .toList();
    }

    /** Approves a reviewed report: it appears in the portal and its mails go out now. */
    @Transactional
    public ReportDetails approve(ReportId id) {
        TenantScope scope = Access.requireAgencyManager();
        ReportRow report = reports.lockByAgencyIdAndId(scope.agency().value(), id.value())
            .filter(ReportRow::awaitsReview)
            .orElseThrow(() -> new NotFoundException("No report awaits review under this id"));
        report.approve(by());
        Instant now = clock.instant();
        for (ReportDeliveryRow delivery : deliveries.findByAgencyIdAndReportId(scope.agency().value(), report.id())) {
            if (delivery.state() == DeliveryState.AWAITING_REVIEW) {
                delivery.queue(now);
                tasks.deliver(scope.agency(), delivery.id(), now);
            }
        }
        return report.details();
    }

    /** The delivery log, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryDetails> deliveries() {
        TenantScope scope = Access.requireAgencyManager();
        return deliveries.findByAgencyIdOrderByCreatedAtDesc(scope.agency().value(), PageRequest.of(0, 500))
            .stream()
            .map(ReportDeliveryRow::details)
            .toList();
    }

    /**
     * Which node holds each delivery under way: the node whose scheduler picked its
     * execution ({@code picked_by}), else the node whose send was cut short (its claim).
     * Keys are delivery ids.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> nodesAtWork() {
        TenantScope scope = Access.requireAgencyManager();
        Map<UUID, String> nodes = new HashMap<>();
        deliveries.findByAgencyIdAndClaimedByIsNotNull(scope.agency().value())
            .forEach(row -> nodes.put(row.id(), row.claimedBy()));
        tasks.pickedDeliveries(scope.agency()).forEach((id, node) -> nodes.put(UUID.fromString(id), node));
        return nodes;
    }

    /** The outbox: mail held because no SMTP server was configured when it was due. */
    @Transactional(readOnly = true)
    public List<DeliveryDetails> outbox() {
        TenantScope scope = Access.requireAgencyManager();
        return deliveries.findByAgencyIdAndStateOrderByCreatedAtDesc(scope.agency().value(), DeliveryState.HELD)
            .stream()
            .map(ReportDeliveryRow::details)
            .toList();
    }

    /**
     * Sends the outbox again (after an SMTP server was configured); returns how many
     * mails were queued.
     */
    @Transactional
    public int sendOutbox() {
        TenantScope scope = Access.requireAgencyManager();
        Instant now = clock.instant();
        List<ReportDeliveryRow> held = deliveries.findByAgencyIdAndStateOrderByCreatedAtDesc(scope.agency().value(),
                DeliveryState.HELD);
        for (ReportDeliveryRow delivery : held) {
            delivery.queue(now);
            tasks.deliver(scope.agency(), delivery.id(), now);
        }
        return held.size();
    }

    private List<String> validate(ScheduleDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "Choose a client report or the executive report.");
        }
        if (draft.kind() == ReportKind.CLIENT && (draft.client() == null || clients.find(draft.client()).isEmpty())) {
            throw new InvalidInputException("client", "Choose a client.");
        }
        if (draft.kind() == ReportKind.EXECUTIVE && draft.client() != null) {
            throw new InvalidInputException("client", "The executive report covers every client: choose none.");
        }
        if (draft.cadence() == null) {
            throw new InvalidInputException("cadence", "Choose weekly, monthly or quarterly.");
        }
        if (draft.zone() == null) {
            throw new InvalidInputException("zone", "Choose a time zone.");
        }
        if (draft.sendAt() == null) {
            throw new InvalidInputException("sendAt", "Choose the local time to send at.");
        }
        List<String> recipients = new ArrayList<>();
        for (String raw : draft.recipients() == null ? List.<String>of() : draft.recipients()) {
            String address = raw.strip().toLowerCase(Locale.ROOT);
            if (address.isEmpty()) {
                continue;
            }
            if (!EMAIL.matcher(address).matches() || address.length() > 320) {
                throw new InvalidInputException("recipients",
                        "\"%s\" is not an e-mail address.".formatted(raw.strip()));
            }
            if (!recipients.contains(address)) {
                recipients.add(address);
            }
        }
        if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS
                || String.join(",", recipients).length() > 2000) {
            throw new InvalidInputException("recipients", "Give 1 to %d e-mail addresses.".formatted(MAX_RECIPIENTS));
        }
        return recipients;
    }

    private static String by() {
        return CurrentTenant.member().map(TenantMember::email).orElse("system");
    }

}
