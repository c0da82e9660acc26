package io.plumbline.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every query names the agency: the scoped-query wall in front of row-level security. */
public interface ClientRepository extends JpaRepository<Client, UUID> {

    List<Client> findByAgencyIdOrderByNameAsc(UUID agencyId);

    List<Client> findByAgencyIdAndArchivedAtIsNullOrderByNameAsc(UUID agencyId);

    Optional<Client> findByAgencyIdAndId(UUID agencyId, UUID id);

    boolean existsByAgencyIdAndNameIgnoreCase(UUID agencyId, String name);

    boolean existsByAgencyIdAndNameIgnoreCaseAndIdNot(UUID agencyId, String name, UUID id);

}
