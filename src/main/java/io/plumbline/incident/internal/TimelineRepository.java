package io.plumbline.incident.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineRow, UUID> {

    List<TimelineRow> findByAgencyIdAndIncidentIdOrderByHappenedAtAscRecordedAtAsc(UUID agencyId, UUID incidentId);

}
