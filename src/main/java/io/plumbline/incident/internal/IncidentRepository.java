package io.plumbline.incident.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    List<Incident> findByAgencyIdOrderByDetectedAtDesc(UUID agencyId);

    Optional<Incident> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<Incident> findByAgencyIdAndClientIdAndResolvedAtIsNullOrderByOpenedAtDesc(UUID agencyId, UUID clientId);

    List<Incident> findByAgencyIdAndClientIdAndSummaryPublishedAtIsNotNullOrderByDetectedAtDesc(UUID agencyId,
            UUID clientId);

}
