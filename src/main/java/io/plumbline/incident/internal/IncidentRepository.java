package io.plumbline.incident.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    List<Incident> findByAgencyIdOrderByDetectedAtDesc(UUID agencyId);

    Optional<Incident> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<Incident> findByAgencyIdAndClientIdAndResolvedAtIsNullOrderByOpenedAtDesc(UUID agencyId, UUID clientId);

    List<Incident> findByAgencyIdAndClientIdAndSummaryPublishedAtIsNotNullOrderByDetectedAtDesc(UUID agencyId,
            UUID clientId);

    /** The client's incidents with a published summary or at least one update. */
    @Query("select i from Incident i where i.agencyId = :agencyId and i.clientId = :clientId"
            + " and (i.summaryPublishedAt is not null or i.lastUpdateAt is not null) order by i.detectedAt desc")
    List<Incident> findShownToClient(@Param("agencyId") UUID agencyId, @Param("clientId") UUID clientId);

}
