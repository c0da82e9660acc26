package io.plumbline.incident;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertLinkRepository extends JpaRepository<AlertLink, UUID> {

    Optional<AlertLink> findByAgencyIdAndAlertId(UUID agencyId, UUID alertId);

}
