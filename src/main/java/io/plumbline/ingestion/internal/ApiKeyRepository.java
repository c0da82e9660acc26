package io.plumbline.ingestion.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    List<ApiKey> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId);

    Optional<ApiKey> findByAgencyIdAndId(UUID agencyId, UUID id);

    Optional<ApiKey> findByHash(String hash);

}
