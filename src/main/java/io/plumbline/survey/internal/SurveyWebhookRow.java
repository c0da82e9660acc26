package io.plumbline.survey.internal;

import io.plumbline.survey.WebhookEndpoint;
import io.plumbline.survey.WebhookFields;
import io.plumbline.survey.WebhookKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "survey_webhook")
public class SurveyWebhookRow {

    @Id
    private UUID id;

    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    private WebhookKind kind;

    private String endpointToken;

    /** AES-GCM ciphertext ({@code shared.SecretCipher}), bound to the agency and kind. */
    private String secret;

    private Instant createdAt;

    private String npsField;

    private String csatField;

    private String commentField;

    protected SurveyWebhookRow() {
    }

    public SurveyWebhookRow(UUID agencyId, WebhookKind kind, String endpointToken, String secret, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.kind = kind;
        this.endpointToken = endpointToken;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public void rotate(String newSecret, Instant at) {
        this.secret = newSecret;
        this.createdAt = at;
    }

    public void choose(WebhookFields fields) {
        this.npsField = fields.nps();
        this.csatField = fields.csat();
        this.commentField = fields.comment();
    }

    public WebhookFields fields() {
        return new WebhookFields(npsField, csatField, commentField);
    }

    public String secret() {
        return secret;
    }

    public WebhookEndpoint details() {
        return new WebhookEndpoint(kind, endpointToken, createdAt, fields());
    }

}
