package io.plumbline.changelog.internal;

import io.plumbline.changelog.ChangeState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeEntryRepository extends JpaRepository<ChangeEntryRow, UUID> {

    List<ChangeEntryRow> findByAgencyIdOrderByEffectiveOnDesc(UUID agencyId);

    Optional<ChangeEntryRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<ChangeEntryRow> findByAgencyIdAndClientIdAndStateOrderByEffectiveOnDesc(UUID agencyId, UUID clientId,
            ChangeState state);

    List<ChangeEntryRow> findByAgencyIdAndStateAndEffectiveOnBetween(UUID agencyId, ChangeState state, LocalDate from,
            LocalDate to);

    boolean existsByAgencyIdAndIntegrationIdAndDriftFingerprint(UUID agencyId, UUID integrationId, String fingerprint);

}
