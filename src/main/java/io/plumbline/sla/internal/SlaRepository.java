package io.plumbline.sla.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaRepository extends JpaRepository<Sla, UUID> {

    List<Sla> findByAgencyIdOrderByNameAsc(UUID agencyId);

    List<Sla> findByAgencyIdAndClientIdOrderByNameAsc(UUID agencyId, UUID clientId);

    Optional<Sla> findByAgencyIdAndId(UUID agencyId, UUID id);

}
