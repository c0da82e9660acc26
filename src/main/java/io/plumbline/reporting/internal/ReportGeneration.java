package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportId;
import io.plumbline.reporting.ReportState;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.openpdf.text.pdf.PdfReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws one queued report. The figures are read with no transaction open here, so every
 * service call starts its own: in the client's scope for a client report (RLS as the
 * client), in the agency's for the executive report. Only storing the result runs as the
 * agency, with the row locked: a second node or a retry that drew the same report finds
 * it no longer RUNNING and stores nothing.
 */
@Component
public class ReportGeneration {

    private static final Logger log = LoggerFactory.getLogger(ReportGeneration.class);

    private final ReportRepository reports;

    private final ReportDocumentRepository documents;

    private final ClientReportSource clientSource;

    private final ExecutiveReportSource executiveSource;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final Semaphore drawing;

    ReportGeneration(ReportRepository reports, ReportDocumentRepository documents, ClientReportSource clientSource,
            ExecutiveReportSource executiveSource, PlatformTransactionManager transactionManager, Clock clock,
            ReportingProperties properties) {
        int parallelDrawings = properties.parallelDrawings();
        this.drawing = new Semaphore(
                parallelDrawings > 0 ? parallelDrawings : Runtime.getRuntime().availableProcessors());
        this.reports = reports;
        this.documents = documents;
        this.clientSource = clientSource;
        this.executiveSource = executiveSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Draws the report if it is still RUNNING; returns its state afterwards (empty when
     * it does not exist).
     */
    public Optional<ReportState> generate(AgencyId agency, ReportId id) {
        TenantScope asAgency = TenantScope.agency(agency);
        Optional<ReportRow> queued = CurrentTenant.callAs(asAgency,
                () -> transactions.execute(status -> reports.findByAgencyIdAndId(agency.value(), id.value())));
        if (queued.isEmpty() || queued.get().state != ReportState.RUNNING) {
            return queued.map(r -> r.state);
        }
        ReportRow report = queued.get();
        byte[] pdf;
        int pages;
        String failure = null;
        try {
            pdf = drawWithinLimit(agency, report);
            pages = new PdfReader(pdf).getNumberOfPages();
        }
        catch (TransientDataAccessException | CannotCreateTransactionException e) {
            throw e; // the database was busy or away, not the report: the task tries
                     // again later
        }
        catch (RuntimeException | IOException e) {
            log.warn("Report {} could not be generated", id, e);
            pdf = null;
            pages = 0;
            failure = e.getMessage();
        }
        byte[] document = pdf;
        int pageCount = pages;
        String reason = failure;
        return CurrentTenant.callAs(asAgency, () -> transactions
            .execute(status -> reports.lockByAgencyIdAndId(agency.value(), id.value()).map(row -> {
                if (row.state == ReportState.RUNNING) {
                    if (document == null) {
                        row.fail(reason, clock.instant());
                    }
                    else {
                        documents.save(row.finish(document, pageCount, clock.instant()));
                    }
                }
                return row.state;
            })));
    }

    /**
     * Drawing is CPU work between many short reads, so a node draws a few reports at a
     * time. The scheduler runs each picked execution on its own virtual thread (up to 3 ×
     * its threads at once): without this limit, a thousand reports due together would all
     * be drawn at once, waiting on each other for the CPU and the connection pool until
     * their transactions time out (ScheduledReportsBenchmark, docs/performance.md).
     */
    private byte[] drawWithinLimit(AgencyId agency, ReportRow report) {
        drawing.acquireUninterruptibly();
        try {
            return draw(agency, report);
        }
        finally {
            drawing.release();
        }
    }

    private byte[] draw(AgencyId agency, ReportRow report) {
        return switch (report.kind) {
            case CLIENT ->
                ClientReportPdf.render(clientSource.read(agency, new ClientId(report.clientId), report.period()));
            case EXECUTIVE -> ExecutiveReportPdf.render(executiveSource.read(agency, report.period()));
        };
    }

}
