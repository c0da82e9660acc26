package io.plumbline.survey.internal;

import io.plumbline.survey.WebhookKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyWebhookRepository extends JpaRepository<SurveyWebhookRow, UUID> {

    Optional<SurveyWebhookRow> findByAgencyIdAndKind(UUID agencyId, WebhookKind kind);

    Optional<SurveyWebhookRow> findByAgencyIdAndKindAndEndpointToken(UUID agencyId, WebhookKind kind, String token);

    List<SurveyWebhookRow> findByAgencyIdOrderByKindAsc(UUID agencyId);

}
