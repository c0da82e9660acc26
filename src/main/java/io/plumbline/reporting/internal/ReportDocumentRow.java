package io.plumbline.reporting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of one READY report. */
@Entity
@Table(name = "report_document")
public class ReportDocumentRow {

    @Id
    UUID reportId;

    UUID agencyId;

    UUID clientId;

    byte[] pdf;

    protected ReportDocumentRow() {
    }

    ReportDocumentRow(ReportRow report, byte[] pdf) {
        this.reportId = report.id;
        this.agencyId = report.agencyId;
        this.clientId = report.clientId;
        this.pdf = pdf;
    }

    public byte[] pdf() {
        return pdf;
    }

}
