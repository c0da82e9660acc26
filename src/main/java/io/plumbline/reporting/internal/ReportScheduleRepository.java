package io.plumbline.reporting.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportScheduleRepository extends JpaRepository<ReportScheduleRow, UUID> {

    Optional<ReportScheduleRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<ReportScheduleRow> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId);

}
