package io.plumbline.monitoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitorRepository extends JpaRepository<Monitor, UUID> {

    List<Monitor> findByAgencyIdOrderByNameAsc(UUID agencyId);

    Optional<Monitor> findByAgencyIdAndId(UUID agencyId, UUID id);

}
