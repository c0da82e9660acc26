package io.plumbline.reporting.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDocumentRepository extends JpaRepository<ReportDocumentRow, UUID> {

    Optional<ReportDocumentRow> findByAgencyIdAndReportId(UUID agencyId, UUID reportId);

}
