package io.plumbline.incident.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UpdateRepository extends JpaRepository<UpdateRow, UUID> {

    List<UpdateRow> findByAgencyIdAndIncidentIdOrderByPostedAtDescRecordedAtDesc(UUID agencyId, UUID incidentId);

    List<UpdateRow> findByAgencyIdAndClientIdAndIncidentIdInOrderByPostedAtDescRecordedAtDesc(UUID agencyId,
            UUID clientId, Collection<UUID> incidentIds);

}
