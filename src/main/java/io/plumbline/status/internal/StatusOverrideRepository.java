package io.plumbline.status.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusOverrideRepository extends JpaRepository<StatusOverrideRow, UUID> {

    List<StatusOverrideRow> findByAgencyIdAndClientId(UUID agencyId, UUID clientId);

    Optional<StatusOverrideRow> findByAgencyIdAndIntegrationId(UUID agencyId, UUID integrationId);

}
