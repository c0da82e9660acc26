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

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "integration_key")
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String provider;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "api_version")
    private String apiVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_type")
    private AuthType authType;

    @Column(name = "credential_expires_on")
    private LocalDate credentialExpiresOn;

    @Column(name = "credential_scopes")
    private String credentialScopes;

    @Column(name = "quota_requests")
    private Integer quotaRequests;

    @Column(name = "quota_window_seconds")
    private Integer quotaWindowSeconds;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

    @Column(name = "owner_name")
    private String owner;

    private String notes;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at")
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
