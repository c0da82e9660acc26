package io.plumbline.changelog;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;

public record ChangeEntry(ChangeEntryId id, ClientId client, IntegrationId integration, ChangeKind kind, String title,
        String description, String fromVersion, String toVersion, LocalDate effectiveOn, ChangeState state,
        ChangeSource source, Instant createdAt, Instant publishedAt) {

    public boolean published() {
        return state == ChangeState.PUBLISHED;
    }

    public ChangeEntryDraft draft() {
        return new ChangeEntryDraft(integration, kind, title, description, fromVersion, toVersion, effectiveOn);
    }

    /** "v58 → v61", "→ v61", or empty. */
    public String versions() {
        if (fromVersion == null && toVersion == null) {
            return "";
        }
        return (fromVersion == null ? "" : fromVersion + " ") + "→" + (toVersion == null ? "" : " " + toVersion);
    }
}
