package io.plumbline.survey;

import org.springframework.data.jpa.repository.JpaRepository;

interface PulseDecisionRepository extends JpaRepository<PulseDecisionRow, PulseDecisionRow.Key> {

}
