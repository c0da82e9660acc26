package io.plumbline.survey.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveySettingsRepository extends JpaRepository<SurveySettingsRow, UUID> {

}
