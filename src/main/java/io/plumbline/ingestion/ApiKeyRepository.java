package io.plumbline.ingestion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    List<ApiKey> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId);

    Optional<ApiKey> findByAgencyIdAndId(UUID agencyId, UUID id);

    Optional<ApiKey> findByHash(String hash);

}
