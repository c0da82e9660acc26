package io.plumbline.changelog.internal;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeEntryId;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.changelog.ChangeSource;
import io.plumbline.changelog.ChangeState;
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
public class ChangeEntryRow {

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

    public ChangeEntryRow(UUID agencyId, ClientId client, ChangeSource source, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.clientId = client.value();
        this.source = source;
        this.state = ChangeState.DRAFT;
        this.createdAt = createdAt;
    }

    public void apply(ChangeEntryDraft draft) {
        this.integrationId = draft.integration().value();
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.fromVersion = blankToNull(draft.fromVersion());
        this.toVersion = blankToNull(draft.toVersion());
        this.effectiveOn = draft.effectiveOn();
    }

    public ChangeEntryId entryId() {
        return new ChangeEntryId(id);
    }

    public ClientId client() {
        return new ClientId(clientId);
    }

    public String title() {
        return title;
    }

    public ChangeSource source() {
        return source;
    }

    public ChangeState state() {
        return state;
    }

    public boolean breaking() {
        return kind.breaking();
    }

    /**
     * The schema violations this draft was written for, so the same drift is drafted
     * once.
     */
    public void draftedForDrift(String fingerprint) {
        driftFingerprint = fingerprint;
    }

    /** Into the client's feed, from now on. */
    public void publish(Instant at) {
        state = ChangeState.PUBLISHED;
        publishedAt = at;
    }

    /** Back to draft: out of the client's feed. */
    public void unpublish() {
        state = ChangeState.DRAFT;
        publishedAt = null;
    }

    public ChangeEntry details() {
        return new ChangeEntry(new ChangeEntryId(id), new ClientId(clientId), new IntegrationId(integrationId), kind,
                title, description, fromVersion, toVersion, effectiveOn, state, source, createdAt, publishedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
