package io.plumbline.alerting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Spring Data access to the channel rows; every finder names the agency (RLS is the
 * second wall).
 */
public interface AlertChannelRepository extends JpaRepository<ChannelRow, UUID> {

    List<ChannelRow> findByAgencyIdOrderByNameAsc(UUID agencyId);

    Optional<ChannelRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<ChannelRow> findByAgencyIdAndIdIn(UUID agencyId, Collection<UUID> ids);

    boolean existsByAgencyIdAndNameIgnoreCaseAndIdNot(UUID agencyId, String name, UUID id);

}
