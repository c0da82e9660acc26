package io.plumbline.integration.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationRepository extends JpaRepository<Integration, UUID> {

    List<Integration> findByAgencyIdOrderByNameAsc(UUID agencyId);

    List<Integration> findByAgencyIdAndClientIdOrderByNameAsc(UUID agencyId, UUID clientId);

    Optional<Integration> findByAgencyIdAndId(UUID agencyId, UUID id);

    Optional<Integration> findByAgencyIdAndKey(UUID agencyId, String key);

    List<Integration> findByAgencyIdAndKeyIn(UUID agencyId, Collection<String> keys);

    List<Integration> findByAgencyIdAndIdIn(UUID agencyId, Collection<UUID> ids);

    /**
     * How many of these ids are the agency's integrations: an existence check that loads
     * no rows.
     */
    @org.springframework.data.jpa.repository.Query("select count(i) from Integration i where i.agencyId = ?1 and i.id in ?2")
    long countByAgencyIdAndIdIn(UUID agencyId, Collection<UUID> ids);

    /** As {@link #countByAgencyIdAndIdIn}, narrowed to one client's integrations. */
    @org.springframework.data.jpa.repository.Query("select count(i) from Integration i where i.agencyId = ?1 and i.clientId = ?2 and i.id in ?3")
    long countByAgencyIdAndClientIdAndIdIn(UUID agencyId, UUID clientId, Collection<UUID> ids);

    boolean existsByAgencyIdAndKey(UUID agencyId, String key);

    boolean existsByAgencyIdAndKeyAndIdNot(UUID agencyId, String key, UUID id);

}
