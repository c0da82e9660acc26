package io.plumbline.integration;

import io.plumbline.tenancy.ClientId;
import java.time.LocalDate;

/** What an admin or analyst types to register or edit an integration. */
public record IntegrationDraft(ClientId client, String key, String name, Category category, String provider,
        String baseUrl, String apiVersion, AuthType authType, LocalDate credentialExpiresOn, String credentialScopes,
        Quota quota, Criticality criticality, String owner, String notes) {

    public static IntegrationDraft of(IntegrationDetails details) {
        return new IntegrationDraft(details.client(), details.key(), details.name(), details.category(),
                details.provider(), details.baseUrl(), details.apiVersion(), details.authType(),
                details.credentialExpiresOn(), details.credentialScopes(), details.quota(), details.criticality(),
                details.owner(), details.notes());
    }
}
