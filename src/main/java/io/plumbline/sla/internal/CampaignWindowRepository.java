package io.plumbline.sla.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignWindowRepository extends JpaRepository<CampaignWindowRow, UUID> {

    List<CampaignWindowRow> findByAgencyIdAndSlaIdOrderByStartsAtAsc(UUID agencyId, UUID slaId);

    List<CampaignWindowRow> findByAgencyIdOrderByStartsAtAsc(UUID agencyId);

    Optional<CampaignWindowRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    void deleteByAgencyIdAndSlaId(UUID agencyId, UUID slaId);

}
