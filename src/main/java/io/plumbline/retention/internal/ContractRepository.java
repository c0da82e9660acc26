package io.plumbline.retention.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, UUID> {

    List<Contract> findByAgencyIdOrderByStartDateAsc(UUID agencyId);

    List<Contract> findByAgencyIdAndClientIdOrderByStartDateAsc(UUID agencyId, UUID clientId);

    Optional<Contract> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<Contract> findByAgencyIdAndClientIdAndReference(UUID agencyId, UUID clientId, String reference);

}
