package io.plumbline.notices.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedRepository extends JpaRepository<FeedRow, UUID> {

    Optional<FeedRow> findByAgencyIdAndClientId(UUID agencyId, UUID clientId);

}
