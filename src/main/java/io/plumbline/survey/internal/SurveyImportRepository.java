package io.plumbline.survey.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyImportRepository extends JpaRepository<SurveyImportRow, UUID> {

    Optional<SurveyImportRow> findFirstByAgencyIdAndFileSha256OrderByImportedAtAsc(UUID agencyId, String fileSha256);

    List<SurveyImportRow> findTop20ByAgencyIdOrderByImportedAtDesc(UUID agencyId);

}
