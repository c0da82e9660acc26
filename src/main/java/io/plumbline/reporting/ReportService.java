package io.plumbline.reporting;

import io.plumbline.reporting.internal.ReportDocumentRepository;
import io.plumbline.reporting.internal.ReportRepository;
import io.plumbline.reporting.internal.ReportRow;
import io.plumbline.reporting.internal.ReportSchedule;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report archive: agency staff ask for a client or executive report and follow it
 * while a background task draws it; everyone downloads what they may see. A client user
 * sees only their own client's READY client reports, never an executive report: anything
 * else answers "not found", never "forbidden", so ids cannot be probed.
 */
@Service
public class ReportService {

    static final int ARCHIVE_PAGE = 200;

    private final ReportRepository reports;

    private final ReportDocumentRepository documents;

    private final ClientService clients;

    private final AgencyService agencies;

    private final ReportSchedule schedule;

    private final Clock clock;

    ReportService(ReportRepository reports, ReportDocumentRepository documents, ClientService clients,
            AgencyService agencies, ReportSchedule schedule, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.clients = clients;
        this.agencies = agencies;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Queues a client report for the period; it is RUNNING until the generation task has
     * drawn it.
     */
    @Transactional
    public ReportDetails request(ClientId client, ReportPeriod period) {
        ClientDetails details = clients.find(client).orElseThrow(() -> new NotFoundException("No such client"));
        return queue(Optional.of(details.id()), period);
    }

    /**
     * Queues the agency's executive report (portfolio, at-risk clients, reliability and
     * retention) for the period.
     */
    @Transactional
    public ReportDetails requestExecutive(ReportPeriod period) {
        return queue(Optional.empty(), period);
    }

    private ReportDetails queue(Optional<ClientId> client, ReportPeriod period) {
        TenantScope scope = Access.requireAgencyStaff();
        Instant now = clock.instant();
        if (!period.from().isBefore(now)) {
            throw new InvalidInputException("period", "The period has not begun yet: choose one that has.");
        }
        String by = CurrentTenant.member().map(TenantMember::email).orElse("system");
        ReportRow row = reports.save(new ReportRow(scope.agency().value(), client, period, by, now));
        schedule.generate(scope.agency(), new ReportId(row.id()), now);
        return row.details();
    }

    @Transactional(readOnly = true)
    public Optional<ReportDetails> find(ReportId id) {
        return load(id).map(ReportRow::details);
    }

    /**
     * Agency staff: the latest reports, optionally of one client. Client users: their
     * client's READY reports.
     */
    @Transactional(readOnly = true)
    public List<ReportDetails> list(Optional<ClientId> client) {
        TenantScope scope = Access.require(Role.values());
        if (scope.isClientScope()) {
            return reports
                .findByAgencyIdAndClientIdAndStateOrderByPeriodEndDescRequestedAtDesc(scope.agency().value(),
                        scope.client().value(), ReportState.READY)
                .stream()
                .filter(r -> r.visibleToClient(scope.client()))
                .map(ReportRow::details)
                .toList();
        }
        Access.requireAgencyStaff();
        PageRequest page = PageRequest.of(0, ARCHIVE_PAGE);
        return (client.isPresent() ? reports.findByAgencyIdAndClientIdOrderByRequestedAtDesc(scope.agency().value(),
                client.get().value(), page)
                : reports.findByAgencyIdOrderByRequestedAtDesc(scope.agency().value(), page))
            .stream()
            .map(ReportRow::details)
            .toList();
    }

    /** The PDF of a READY report the caller may see; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> download(ReportId id) {
        return load(id).filter(r -> r.state() == ReportState.READY)
            .flatMap(r -> documents.findByAgencyIdAndReportId(r.agencyId(), r.id())
                .map(d -> new ReportFile(r.details().fileName(subjectName(r)), d.pdf())));
    }

    /** The client's name, or the agency's for the executive report. */
    String subjectName(ReportRow report) {
        return report.client()
            .map(id -> clients.find(id).map(ClientDetails::name).orElse("client"))
            .orElseGet(() -> agencies.currentBranding().displayName());
    }

    private Optional<ReportRow> load(ReportId id) {
        TenantScope scope = Access.require(Role.values());
        return reports.findByAgencyIdAndId(scope.agency().value(), id.value())
            .filter(r -> !scope.isClientScope() || r.visibleToClient(scope.client()));
    }

}
