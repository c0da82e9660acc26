package io.plumbline.ingestion.internal;

import io.plumbline.ingestion.ApiKeyDetails;
import io.plumbline.ingestion.ApiKeyId;
import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private String name;

    @Column(name = "key_prefix")
    private String prefix;

    @Column(name = "key_hash")
    private String hash;

    private String createdBy;

    private Instant createdAt;

    // Written on every API request by the rate limiter's statement
    // (ingestion.web.ApiRateLimiter), on any node.
    @Formula("(SELECT u.last_used_at FROM api_key_use u WHERE u.api_key_id = id)")
    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(AgencyId agency, ClientId client, String name, String prefix, String hash, String createdBy,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agency.value();
        this.clientId = client == null ? null : client.value();
        this.name = name;
        this.prefix = prefix;
        this.hash = hash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKeyPrincipal principal() {
        return new ApiKeyPrincipal(new ApiKeyId(id), name,
                new TenantScope(new AgencyId(agencyId), clientId == null ? null : new ClientId(clientId)));
    }

    public ApiKeyDetails details() {
        return new ApiKeyDetails(new ApiKeyId(id), name, clientId == null ? null : new ClientId(clientId), prefix,
                createdBy, createdAt, lastUsedAt, revokedAt);
    }

}
