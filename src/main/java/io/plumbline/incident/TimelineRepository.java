package io.plumbline.incident;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineRow, UUID> {

    List<TimelineRow> findByAgencyIdAndIncidentIdOrderByHappenedAtAscRecordedAtAsc(UUID agencyId, UUID incidentId);

}
