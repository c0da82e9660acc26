package io.plumbline.alerting.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Spring Data access to the rule rows; every finder names the agency (RLS is the second
 * wall).
 */
public interface AlertRuleRepository extends JpaRepository<AlertRuleRow, UUID> {

    List<AlertRuleRow> findByAgencyIdOrderByNameAsc(UUID agencyId);

    Optional<AlertRuleRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    List<AlertRuleRow> findByAgencyIdAndEnabledTrue(UUID agencyId);

    boolean existsByAgencyIdAndNameIgnoreCaseAndIdNot(UUID agencyId, String name, UUID id);

    /** Serialises evaluations of one rule (two nodes, or a test beside the scheduler). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AlertRuleRow r where r.agencyId = ?1 and r.id = ?2")
    Optional<AlertRuleRow> lockByAgencyIdAndId(UUID agencyId, UUID id);

}
