package io.plumbline.survey.internal;

import io.plumbline.survey.Audience;
import io.plumbline.survey.NewResponse;
import io.plumbline.survey.ResponseSource;
import io.plumbline.survey.SurveyResponse;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "survey_response")
public class SurveyResponseRow {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    private ResponseSource source;

    private String externalId;

    private Instant submittedAt;

    private Integer npsScore;

    private Integer csatScore;

    private String comment;

    private String respondentHash;

    private UUID importId;

    private Instant createdAt;

    private Instant updatedAt;

    protected SurveyResponseRow() {
    }

    SurveyResponseRow(AgencyId agency, NewResponse response, UUID importId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = response.client().value();
        this.audience = response.audience();
        this.source = response.source();
        this.externalId = response.externalId();
        this.submittedAt = response.submittedAt();
        this.npsScore = response.nps();
        this.csatScore = response.csat();
        this.comment = normalised(response.comment());
        this.respondentHash = response.respondentHash();
        this.importId = importId;
        this.createdAt = createdAt;
    }

    public String externalId() {
        return externalId;
    }

    /**
     * Whether these answers of the response differ from the stored ones (times compared
     * to the second: tools write them with different precision).
     */
    boolean differs(NewResponse response, Set<ResponseStore.Field> fields) {
        return (fields.contains(ResponseStore.Field.NPS) && !Objects.equals(npsScore, response.nps()))
                || (fields.contains(ResponseStore.Field.CSAT) && !Objects.equals(csatScore, response.csat()))
                || (fields.contains(ResponseStore.Field.COMMENT)
                        && !Objects.equals(comment, normalised(response.comment())))
                || (fields.contains(ResponseStore.Field.SUBMITTED_AT) && response.submittedAt() != null
                        && !submittedAt.truncatedTo(ChronoUnit.SECONDS)
                            .equals(response.submittedAt().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Takes these answers of the response; the others stay as stored. */
    void update(NewResponse response, Set<ResponseStore.Field> fields, Instant at) {
        if (fields.contains(ResponseStore.Field.NPS)) {
            npsScore = response.nps();
        }
        if (fields.contains(ResponseStore.Field.CSAT)) {
            csatScore = response.csat();
        }
        if (fields.contains(ResponseStore.Field.COMMENT)) {
            comment = normalised(response.comment());
        }
        if (fields.contains(ResponseStore.Field.SUBMITTED_AT) && response.submittedAt() != null) {
            submittedAt = response.submittedAt();
        }
        updatedAt = at;
    }

    private static String normalised(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    public SurveyResponse details() {
        return new SurveyResponse(new ClientId(clientId), audience, source, submittedAt, npsScore, csatScore, comment);
    }

}
