package io.plumbline.monitoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboundAllowListRepository extends JpaRepository<OutboundAllowListRow, UUID> {

    List<OutboundAllowListRow> findByAgencyIdOrderByEntryAsc(UUID agencyId);

    Optional<OutboundAllowListRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    boolean existsByAgencyIdAndEntry(UUID agencyId, String entry);

}
