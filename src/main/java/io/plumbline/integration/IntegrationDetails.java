package io.plumbline.integration;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

public record IntegrationDetails(IntegrationId id, ClientId client, String key, String name, Category category,
        String provider, String baseUrl, String apiVersion, AuthType authType, LocalDate credentialExpiresOn,
        String credentialScopes, Quota quota, Criticality criticality, String owner, String notes, Instant archivedAt,
        Instant createdAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    /**
     * Days until the credential expires (negative once expired); empty when no expiry is
     * recorded.
     */
    public Optional<Long> daysUntilCredentialExpiry(LocalDate today) {
        return Optional.ofNullable(credentialExpiresOn).map(expiry -> ChronoUnit.DAYS.between(today, expiry));
    }
}
