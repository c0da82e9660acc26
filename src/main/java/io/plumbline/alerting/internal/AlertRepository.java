package io.plumbline.alerting.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Spring Data access to the alert rows; every finder names the agency (RLS is the second
 * wall).
 */
public interface AlertRepository extends JpaRepository<AlertRow, UUID> {

    List<AlertRow> findByAgencyIdAndRuleIdAndOpenKeyIsNotNull(UUID agencyId, UUID ruleId);

    Optional<AlertRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<AlertRow> findByAgencyIdOrderByOpenedAtDesc(UUID agencyId, Pageable page);

}
