package io.plumbline.status.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StatusPageRepository extends JpaRepository<StatusPageRow, UUID> {

    Optional<StatusPageRow> findByAgencyIdAndClientId(UUID agencyId, UUID clientId);

    /** Deletes at once (not at flush), so that a new token may take the client's slot. */
    @Modifying
    @Query("DELETE FROM StatusPageRow p WHERE p.agencyId = :agency AND p.clientId = :client")
    int deleteForClient(@Param("agency") UUID agency, @Param("client") UUID client);

}
