package io.plumbline.incident.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertLinkRepository extends JpaRepository<AlertLink, UUID> {

    Optional<AlertLink> findByAgencyIdAndAlertId(UUID agencyId, UUID alertId);

}
