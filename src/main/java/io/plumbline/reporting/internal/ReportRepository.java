package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportState;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The report archive; every finder names the agency (RLS is the second wall). */
public interface ReportRepository extends JpaRepository<ReportRow, UUID> {

    Optional<ReportRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    /**
     * Held so that only one node stores a finished report (the loser finds it no longer
     * RUNNING).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReportRow r where r.agencyId = ?1 and r.id = ?2")
    Optional<ReportRow> lockByAgencyIdAndId(UUID agencyId, UUID id);

    List<ReportRow> findByAgencyIdAndClientIdOrderByRequestedAtDesc(UUID agencyId, UUID clientId, Pageable page);

    Optional<ReportRow> findByScheduleIdAndPeriodStart(UUID scheduleId, LocalDate periodStart);

    List<ReportRow> findByAgencyIdOrderByRequestedAtDesc(UUID agencyId, Pageable page);

    List<ReportRow> findByAgencyIdAndClientIdAndStateOrderByPeriodEndDescRequestedAtDesc(UUID agencyId, UUID clientId,
            ReportState state);

}
