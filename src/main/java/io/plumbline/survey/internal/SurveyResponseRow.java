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
        this.comment = response.comment() == null || response.comment().isBlank() ? null : response.comment().strip();
        this.respondentHash = response.respondentHash();
        this.importId = importId;
        this.createdAt = createdAt;
    }

    public SurveyResponse details() {
        return new SurveyResponse(new ClientId(clientId), audience, source, submittedAt, npsScore, csatScore, comment);
    }

}
