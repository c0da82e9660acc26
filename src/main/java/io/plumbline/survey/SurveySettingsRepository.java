package io.plumbline.survey;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveySettingsRepository extends JpaRepository<SurveySettingsRow, UUID> {

}
