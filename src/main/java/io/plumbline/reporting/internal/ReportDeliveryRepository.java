package io.plumbline.reporting.internal;

import io.plumbline.reporting.DeliveryState;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReportDeliveryRepository extends JpaRepository<ReportDeliveryRow, UUID> {

    /**
     * Held for a moment to claim a delivery, and again to record its outcome
     * (ReportDelivery).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ReportDeliveryRow d where d.agencyId = ?1 and d.id = ?2")
    Optional<ReportDeliveryRow> lockByAgencyIdAndId(UUID agencyId, UUID id);

    boolean existsByScheduleIdAndPeriodStartAndRecipient(UUID scheduleId, LocalDate periodStart, String recipient);

    List<ReportDeliveryRow> findByAgencyIdAndReportId(UUID agencyId, UUID reportId);

    List<ReportDeliveryRow> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId, Pageable page);

    List<ReportDeliveryRow> findByAgencyIdAndStateOrderByCreatedAtDesc(UUID agencyId, DeliveryState state);

    List<ReportDeliveryRow> findByAgencyIdAndClaimedByIsNotNull(UUID agencyId);

}
