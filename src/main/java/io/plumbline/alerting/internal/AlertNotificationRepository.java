package io.plumbline.alerting.internal;

import io.plumbline.alerting.NotificationState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Spring Data access to the notification rows; every finder names the agency (RLS is the
 * second wall).
 */
public interface AlertNotificationRepository extends JpaRepository<NotificationRow, UUID> {

    Optional<NotificationRow> findByAgencyIdAndId(UUID agencyId, UUID id);

    boolean existsByAgencyIdAndDedupKey(UUID agencyId, String dedupKey);

    /**
     * Held for a moment to claim a notice, and again to record its outcome
     * (NotificationDelivery).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from NotificationRow n where n.agencyId = ?1 and n.id = ?2")
    Optional<NotificationRow> lockByAgencyIdAndId(UUID agencyId, UUID id);

    List<NotificationRow> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId, Pageable page);

    List<NotificationRow> findByAgencyIdAndState(UUID agencyId, NotificationState state);

    List<NotificationRow> findByAgencyIdAndClaimedByIsNotNull(UUID agencyId);

    @Query("select distinct n from NotificationRow n join n.alerts a where n.agencyId = ?1 and a.alertId = ?2 "
            + "order by n.createdAt")
    List<NotificationRow> findByAlert(UUID agencyId, UUID alertId);

}
