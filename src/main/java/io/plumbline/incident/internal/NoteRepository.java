package io.plumbline.incident.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<NoteRow, UUID> {

    List<NoteRow> findByAgencyIdAndIncidentIdOrderByWrittenAtAsc(UUID agencyId, UUID incidentId);

}
