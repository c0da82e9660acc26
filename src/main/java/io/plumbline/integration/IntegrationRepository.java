package io.plumbline.integration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntegrationRepository extends JpaRepository<Integration, UUID> {

    List<Integration> findByAgencyIdOrderByNameAsc(UUID agencyId);

    List<Integration> findByAgencyIdAndClientIdOrderByNameAsc(UUID agencyId, UUID clientId);

    Optional<Integration> findByAgencyIdAndId(UUID agencyId, UUID id);

    Optional<Integration> findByAgencyIdAndKey(UUID agencyId, String key);

    List<Integration> findByAgencyIdAndKeyIn(UUID agencyId, java.util.Collection<String> keys);

    List<Integration> findByAgencyIdAndIdIn(UUID agencyId, java.util.Collection<UUID> ids);

    boolean existsByAgencyIdAndKey(UUID agencyId, String key);

    boolean existsByAgencyIdAndKeyAndIdNot(UUID agencyId, String key, UUID id);
}
