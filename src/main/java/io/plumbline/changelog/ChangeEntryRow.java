package io.plumbline.changelog;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "change_entry")
class ChangeEntryRow {

    @Id
    UUID id;

    UUID agencyId;

    UUID clientId;

    UUID integrationId;

    @Enumerated(EnumType.STRING)
    ChangeKind kind;

    String title;

    String description;

    String fromVersion;

    String toVersion;

    LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    ChangeState state;

    @Enumerated(EnumType.STRING)
    ChangeSource source;

    String driftFingerprint;

    Instant createdAt;

    Instant publishedAt;

    protected ChangeEntryRow() {
    }

    ChangeEntryRow(UUID agencyId, ClientId client, ChangeSource source, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.clientId = client.value();
        this.source = source;
        this.state = ChangeState.DRAFT;
        this.createdAt = createdAt;
    }

    void apply(ChangeEntryDraft draft) {
        this.integrationId = draft.integration().value();
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.fromVersion = blankToNull(draft.fromVersion());
        this.toVersion = blankToNull(draft.toVersion());
        this.effectiveOn = draft.effectiveOn();
    }

    ChangeEntry details() {
        return new ChangeEntry(new ChangeEntryId(id), new ClientId(clientId), new IntegrationId(integrationId), kind,
                title, description, fromVersion, toVersion, effectiveOn, state, source, createdAt, publishedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
