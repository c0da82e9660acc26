package io.plumbline.changelog;

import io.plumbline.integration.IntegrationId;
import java.time.LocalDate;

/** A change-log entry as a person writes it; versions and description are optional. */
public record ChangeEntryDraft(IntegrationId integration, ChangeKind kind, String title, String description,
        String fromVersion, String toVersion, LocalDate effectiveOn) {
}
