package io.plumbline.integration.internal;

import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.Quota;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "integration")
public class Integration {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    @Column(name = "integration_key")
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String provider;

    private String baseUrl;

    private String apiVersion;

    @Enumerated(EnumType.STRING)
    private AuthType authType;

    private LocalDate credentialExpiresOn;

    private String credentialScopes;

    private Integer quotaRequests;

    private Integer quotaWindowSeconds;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

    @Column(name = "owner_name")
    private String owner;

    private String notes;

    private Instant archivedAt;

    private Instant createdAt;

    protected Integration() {
    }

    public Integration(IntegrationId id, AgencyId agency, IntegrationDraft draft, Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.createdAt = createdAt;
        apply(draft);
    }

    public void apply(IntegrationDraft draft) {
        this.clientId = draft.client().value();
        this.key = draft.key().strip();
        this.name = draft.name().strip();
        this.category = draft.category();
        this.provider = draft.provider().strip();
        this.baseUrl = blankToNull(draft.baseUrl());
        this.apiVersion = blankToNull(draft.apiVersion());
        this.authType = draft.authType();
        this.credentialExpiresOn = draft.credentialExpiresOn();
        this.credentialScopes = blankToNull(draft.credentialScopes());
        this.quotaRequests = draft.quota() == null ? null : draft.quota().requests();
        this.quotaWindowSeconds = draft.quota() == null ? null : (int) draft.quota().window().toSeconds();
        this.criticality = draft.criticality();
        this.owner = blankToNull(draft.owner());
        this.notes = blankToNull(draft.notes());
    }

    public void archive(Instant at) {
        archivedAt = at;
    }

    public void restore() {
        archivedAt = null;
    }

    public IntegrationDetails details() {
        Quota quota = quotaRequests == null ? null : new Quota(quotaRequests, Duration.ofSeconds(quotaWindowSeconds));
        return new IntegrationDetails(new IntegrationId(id), new ClientId(clientId), key, name, category, provider,
                baseUrl, apiVersion, authType, credentialExpiresOn, credentialScopes, quota, criticality, owner, notes,
                archivedAt, createdAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
