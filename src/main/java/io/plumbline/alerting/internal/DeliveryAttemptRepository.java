package io.plumbline.alerting.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Spring Data access to the attempt rows; every finder names the agency (RLS is the
 * second wall).
 */
public interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttemptRow, UUID> {

    List<DeliveryAttemptRow> findByAgencyIdAndNotificationIdOrderByAttemptedAtAsc(UUID agencyId, UUID notificationId);

}
