package io.plumbline.survey.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PulseDecisionRepository extends JpaRepository<PulseDecisionRow, PulseDecisionRow.Key> {

}
