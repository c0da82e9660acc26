package io.plumbline.sla.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindowRow, UUID> {

    List<MaintenanceWindowRow> findByAgencyIdAndClientIdOrderByCreatedAtAsc(UUID agencyId, UUID clientId);

    List<MaintenanceWindowRow> findByAgencyIdOrderByCreatedAtAsc(UUID agencyId);

    Optional<MaintenanceWindowRow> findByAgencyIdAndId(UUID agencyId, UUID id);

}
