package io.plumbline.changelog;

import io.plumbline.changelog.ChangeLogEvent.ChangeEntryChanged;
import io.plumbline.changelog.ChangeLogEvent.ChangeEntryCreated;
import io.plumbline.changelog.ChangeLogEvent.ChangeEntryDeleted;
import io.plumbline.changelog.ChangeLogEvent.ChangeEntryPublished;
import io.plumbline.changelog.ChangeLogEvent.ChangeEntryWithdrawn;
import io.plumbline.changelog.internal.ChangeEntryRepository;
import io.plumbline.changelog.internal.ChangeEntryRow;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.monitoring.SchemaDriftDetected;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change log of the agency's integrations. Agency staff read every entry, owners,
 * admins and analysts write them; client users read only their own client's published
 * entries ({@link #published(ClientId)}).
 */
@Service
public class ChangeLogService {

    private static final int LONGEST_DESCRIPTION = 4_000;

    private final ChangeEntryRepository entries;

    private final IntegrationService integrations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ChangeLogService(ChangeEntryRepository entries, IntegrationService integrations, ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.integrations = integrations;
        this.events = events;
        this.clock = clock;
    }

    /** Every entry of the agency, drafts included, latest effective date first. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> list() {
        TenantScope scope = Access.requireAgencyStaff();
        return entries.findByAgencyIdOrderByEffectiveOnDesc(scope.agency().value())
            .stream()
            .map(ChangeEntryRow::details)
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ChangeEntry> find(ChangeEntryId id) {
        TenantScope scope = Access.requireAgencyStaff();
        return entries.findByAgencyIdAndId(scope.agency().value(), id.value()).map(ChangeEntryRow::details);
    }

    /**
     * The client's "What changed" feed: published entries only, latest effective date
     * first.
     */
    @Transactional(readOnly = true)
    public List<ChangeEntry> published(ClientId client) {
        TenantScope scope = Access.require(Role.values());
        if (scope.isClientScope() && !scope.client().equals(client)) {
            return List.of();
        }
        return entries
            .findByAgencyIdAndClientIdAndStateOrderByEffectiveOnDesc(scope.agency().value(), client.value(),
                    ChangeState.PUBLISHED)
            .stream()
            .map(ChangeEntryRow::details)
            .toList();
    }

    @Transactional
    public ChangeEntry create(ChangeEntryDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("the change log");
        IntegrationDetails integration = validate(draft);
        ChangeEntryRow row = new ChangeEntryRow(scope.agency().value(), integration.client(), ChangeSource.MANUAL,
                clock.instant());
        row.apply(draft);
        entries.save(row);
        events.publishEvent(
                new ChangeEntryCreated(scope.agency(), integration.client(), row.entryId(), row.title(), row.source()));
        return row.details();
    }

    /** Edits an entry, draft or published; it stays with its integration's client. */
    @Transactional
    public ChangeEntry update(ChangeEntryId id, ChangeEntryDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("the change log");
        ChangeEntryRow row = loadOrFail(scope, id);
        IntegrationDetails integration = validate(draft);
        if (!integration.client().equals(row.client())) {
            throw new InvalidInputException("integration", "Choose an integration of the same client.");
        }
        row.apply(draft);
        events.publishEvent(new ChangeEntryChanged(scope.agency(), integration.client(), id, row.title()));
        return row.details();
    }

    @Transactional
    public ChangeEntry publish(ChangeEntryId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("the change log");
        ChangeEntryRow row = loadOrFail(scope, id);
        if (row.state() != ChangeState.PUBLISHED) {
            row.publish(clock.instant());
            events.publishEvent(new ChangeEntryPublished(scope.agency(), row.client(), id, row.title()));
        }
        return row.details();
    }

    /** Back to draft: out of the client's feed and of deprecation alerts. */
    @Transactional
    public ChangeEntry unpublish(ChangeEntryId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("the change log");
        ChangeEntryRow row = loadOrFail(scope, id);
        if (row.state() == ChangeState.PUBLISHED) {
            row.unpublish();
            events.publishEvent(new ChangeEntryWithdrawn(scope.agency(), row.client(), id, row.title()));
        }
        return row.details();
    }

    /**
     * Only drafts can be deleted; a published entry is withdrawn first, so the client
     * never loses one silently.
     */
    @Transactional
    public void deleteDraft(ChangeEntryId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("the change log");
        ChangeEntryRow row = loadOrFail(scope, id);
        if (row.state() != ChangeState.DRAFT) {
            throw new InvalidInputException("state", "Unpublish the entry before deleting it.");
        }
        entries.delete(row);
        events.publishEvent(new ChangeEntryDeleted(scope.agency(), row.client(), id, row.title()));
    }

    /**
     * A draft for schema drift a monitor found, unless an entry for the same integration
     * and the same violations exists already (still a draft, or published). Runs in the
     * check's transaction and tenant, with no role: system work.
     */
    public void draftFromDrift(SchemaDriftDetected drift) {
        String fingerprint = fingerprint(drift.violations());
        UUID agency = drift.agency().value();
        if (entries.existsByAgencyIdAndIntegrationIdAndDriftFingerprint(agency, drift.integration().value(),
                fingerprint)) {
            return;
        }
        ChangeEntryRow row = new ChangeEntryRow(agency, drift.client(), ChangeSource.SCHEMA_DRIFT, clock.instant());
        row.apply(new ChangeEntryDraft(drift.integration(), ChangeKind.FIELD_REMOVED,
                "Schema drift found by " + shorten(drift.monitorName()),
                "The monitor's response no longer matches its JSON schema:\n- "
                        + String.join("\n- ", drift.violations())
                        + "\n\nCheck what the provider changed, set the kind, versions and date, and rewrite this for"
                        + " the client before publishing.",
                null, null, LocalDate.ofInstant(drift.at(), java.time.ZoneOffset.UTC)));
        row.draftedForDrift(fingerprint);
        entries.save(row);
        events.publishEvent(
                new ChangeEntryCreated(drift.agency(), drift.client(), row.entryId(), row.title(), row.source()));
    }

    /**
     * Published breaking entries of the agency taking effect in [from, to] (dates
     * inclusive).
     */
    public List<ChangeEntry> breakingBetween(AgencyId agency, LocalDate from, LocalDate to) {
        return entries.findByAgencyIdAndStateAndEffectiveOnBetween(agency.value(), ChangeState.PUBLISHED, from, to)
            .stream()
            .filter(ChangeEntryRow::breaking)
            .map(ChangeEntryRow::details)
            .toList();
    }

    private IntegrationDetails validate(ChangeEntryDraft draft) {
        if (draft.integration() == null) {
            throw new InvalidInputException("integration", "Choose the integration.");
        }
        IntegrationDetails integration = integrations.find(draft.integration())
            .orElseThrow(() -> new InvalidInputException("integration", "Choose the integration."));
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "Choose what kind of change this is.");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("title", "Enter a title.");
        }
        if (draft.title().strip().length() > 200) {
            throw new InvalidInputException("title", "At most 200 characters.");
        }
        if (draft.description() != null && draft.description().strip().length() > LONGEST_DESCRIPTION) {
            throw new InvalidInputException("description", "At most 4,000 characters.");
        }
        if (tooLong(draft.fromVersion())) {
            throw new InvalidInputException("fromVersion", "At most 60 characters.");
        }
        if (tooLong(draft.toVersion())) {
            throw new InvalidInputException("toVersion", "At most 60 characters.");
        }
        if (draft.effectiveOn() == null) {
            throw new InvalidInputException("effectiveOn", "Enter the date the change takes effect.");
        }
        return integration;
    }

    private static boolean tooLong(String version) {
        return version != null && version.strip().length() > 60;
    }

    private static String shorten(String text) {
        return text.length() <= 150 ? text : text.substring(0, 149) + "…";
    }

    /**
     * SHA-256 of the violation lines: the same drift, seen by every later check, gives
     * the same fingerprint.
     */
    static String fingerprint(List<String> violations) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\n", violations).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private ChangeEntryRow loadOrFail(TenantScope scope, ChangeEntryId id) {
        return entries.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such change entry"));
    }

}
