package io.plumbline.survey.internal;

import io.plumbline.survey.Audience;
import io.plumbline.survey.ResponseSource;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponseRow, UUID> {

    @Query("select r.externalId from SurveyResponseRow r where r.agencyId = ?1 and r.source = ?2 and r.externalId in ?3")
    List<String> findPresentIds(UUID agencyId, ResponseSource source, Collection<String> externalIds);

    @Query("""
            select r from SurveyResponseRow r where r.agencyId = ?1 and r.audience in ?2
             and r.submittedAt >= ?3 and r.submittedAt < ?4 order by r.submittedAt desc""")
    List<SurveyResponseRow> findInWindow(UUID agencyId, Collection<Audience> audiences, Instant from, Instant until);

    @Query("""
            select r from SurveyResponseRow r where r.agencyId = ?1 and r.clientId = ?2 and r.audience in ?3
             and r.submittedAt >= ?4 and r.submittedAt < ?5 order by r.submittedAt desc""")
    List<SurveyResponseRow> findInWindow(UUID agencyId, UUID clientId, Collection<Audience> audiences, Instant from,
            Instant until);

    @Query("select r from SurveyResponseRow r where r.agencyId = ?1 and r.source = ?2 and r.externalId in ?3")
    List<SurveyResponseRow> findPresent(UUID agencyId, ResponseSource source, Collection<String> externalIds);

    boolean existsByAgencyIdAndSourceAndExternalId(UUID agencyId, ResponseSource source, String externalId);

}
