package io.plumbline.incident;

import io.plumbline.alerting.AlertEvent.AlertAcknowledged;
import io.plumbline.alerting.AlertEvent.AlertOpened;
import io.plumbline.alerting.AlertEvent.AlertResolved;
import io.plumbline.incident.IncidentEvent.IncidentOpened;
import io.plumbline.incident.IncidentEvent.IncidentResolved;
import io.plumbline.incident.IncidentEvent.IncidentSummaryPublished;
import io.plumbline.incident.IncidentEvent.IncidentSummaryWithdrawn;
import io.plumbline.incident.IncidentEvent.IncidentUpdatePublished;
import io.plumbline.incident.IncidentEvent.IncidentUpdated;
import io.plumbline.incident.internal.AlertIncidents;
import io.plumbline.incident.internal.AlertLink;
import io.plumbline.incident.internal.AlertLinkRepository;
import io.plumbline.incident.internal.Incident;
import io.plumbline.incident.internal.IncidentRepository;
import io.plumbline.incident.internal.NoteRepository;
import io.plumbline.incident.internal.NoteRow;
import io.plumbline.incident.internal.TimelineRepository;
import io.plumbline.incident.internal.TimelineRow;
import io.plumbline.incident.internal.UpdateRepository;
import io.plumbline.incident.internal.UpdateRow;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.Interval;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents of the agency's clients. Agency staff read them; owners, admins and analysts
 * run them; client users see only their own client's published summaries
 * ({@link #published(ClientId)}). Alerts open and update incidents through
 * {@link AlertIncidents}, in the alert's transaction.
 */
@Service
public class IncidentService {

    /** Who an entry written by the alert listener is attributed to. */
    static final String ALERTING = "Plumbline alerting";

    /** SLA compliance is compared over this long before and after an incident's fix. */
    public static final Duration AROUND_FIX = Duration.ofDays(30);

    private static final int LONGEST_TEXT = 4_000;

    private final IncidentRepository incidents;

    private final TimelineRepository timeline;

    private final NoteRepository notes;

    private final UpdateRepository updates;

    private final AlertLinkRepository alertLinks;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final SlaService slas;

    private final SlaEvaluationService compliance;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    IncidentService(IncidentRepository incidents, TimelineRepository timeline, NoteRepository notes,
            UpdateRepository updates, AlertLinkRepository alertLinks, ClientService clients,
            IntegrationService integrations, SlaService slas, SlaEvaluationService compliance,
            ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.notes = notes;
        this.updates = updates;
        this.alertLinks = alertLinks;
        this.clients = clients;
        this.integrations = integrations;
        this.slas = slas;
        this.compliance = compliance;
        this.events = events;
        this.clock = clock;
    }

    /** Owners, admins and analysts run incidents; executives read them. */

    // ---- reading (agency staff)

    /** The agency's incidents that match the filter, newest detection first. */
    @Transactional(readOnly = true)
    public List<IncidentDetails> list(IncidentFilter filter) {
        TenantScope scope = Access.requireAgencyStaff();
        return incidents.findByAgencyIdOrderByDetectedAtDesc(scope.agency().value())
            .stream()
            .map(Incident::details)
            .filter(filter::matches)
            .toList();
    }

    /** One client's incidents detected in [from, to). */
    @Transactional(readOnly = true)
    public List<IncidentDetails> listForClient(ClientId client, Instant from, Instant to) {
        return list(IncidentFilter.period(client, from, to));
    }

    @Transactional(readOnly = true)
    public Optional<IncidentDetails> find(IncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        return incidents.findByAgencyIdAndId(scope.agency().value(), id.value()).map(Incident::details);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(IncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        loadOrFail(scope, id);
        return timeline.findByAgencyIdAndIncidentIdOrderByHappenedAtAscRecordedAtAsc(scope.agency().value(), id.value())
            .stream()
            .map(TimelineRow::entry)
            .toList();
    }

    @Transactional(readOnly = true)
    public List<InternalNote> notes(IncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        loadOrFail(scope, id);
        return notes.findByAgencyIdAndIncidentIdOrderByWrittenAtAsc(scope.agency().value(), id.value())
            .stream()
            .map(NoteRow::note)
            .toList();
    }

    /**
     * Time to detect and resolve over the incidents detected in [from, to): one client's,
     * or all when empty.
     */
    @Transactional(readOnly = true)
    public IncidentStats stats(Optional<ClientId> client, Instant from, Instant to) {
        return IncidentStats.of(list(IncidentFilter.period(client.orElse(null), from, to)));
    }

    /** {@link #stats} for every client that had an incident detected in [from, to). */
    @Transactional(readOnly = true)
    public Map<ClientId, IncidentStats> statsPerClient(Instant from, Instant to) {
        return list(IncidentFilter.period(null, from, to)).stream()
            .collect(Collectors.groupingBy(IncidentDetails::client, LinkedHashMap::new, Collectors.toList()))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> IncidentStats.of(e.getValue()), (a, b) -> a,
                    LinkedHashMap::new));
    }

    /**
     * Every SLA of the incident's client that covers an affected integration (client-wide
     * SLAs always), over the 30 days before the fix and the 30 days after it. Empty until
     * the incident is resolved.
     */
    @Transactional(readOnly = true)
    public List<SlaAroundFix> slaAroundFix(IncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        IncidentDetails incident = loadOrFail(scope, id).details();
        if (!incident.resolved()) {
            return List.of();
        }
        Instant fix = incident.resolvedAt();
        Instant now = clock.instant();
        return slas.list()
            .stream()
            .filter(sla -> sla.client().equals(incident.client()))
            .filter(sla -> sla.clientWide() || incident.integrations().contains(sla.integration()))
            .map(sla -> new SlaAroundFix(sla,
                    compliance.evaluateOver(sla.id(), new Interval(fix.minus(AROUND_FIX), fix)),
                    now.isAfter(fix)
                            ? Optional.of(compliance.evaluateOver(sla.id(), new Interval(fix, fix.plus(AROUND_FIX))))
                            : Optional.empty(),
                    !now.isBefore(fix.plus(AROUND_FIX))))
            .toList();
    }

    // ---- the portal

    /**
     * The client's incidents whose summary is published, newest first, with the published
     * text only. Every role may ask; a client user asking for another client gets
     * nothing.
     */
    @Transactional(readOnly = true)
    public List<PublishedIncident> published(ClientId client) {
        TenantScope scope = Access.require(Role.values());
        if (scope.isClientScope() && !scope.client().equals(client)) {
            return List.of();
        }
        List<Incident> shown = incidents.findShownToClient(scope.agency().value(), client.value());
        Map<UUID, List<IncidentUpdate>> updatesOf = shown.isEmpty() ? Map.of()
                : updates
                    .findByAgencyIdAndClientIdAndIncidentIdInOrderByPostedAtDescRecordedAtDesc(scope.agency().value(),
                            client.value(), shown.stream().map(i -> i.incidentId().value()).toList())
                    .stream()
                    .map(UpdateRow::update)
                    .collect(Collectors.groupingBy(u -> u.incident().value(), LinkedHashMap::new, Collectors.toList()));
        return shown.stream().map(i -> i.published(updatesOf.getOrDefault(i.incidentId().value(), List.of()))).toList();
    }

    /** The incident's published updates, newest first (agency staff). */
    @Transactional(readOnly = true)
    public List<IncidentUpdate> updates(IncidentId id) {
        TenantScope scope = Access.requireAgencyStaff();
        loadOrFail(scope, id);
        return updates.findByAgencyIdAndIncidentIdOrderByPostedAtDescRecordedAtDesc(scope.agency().value(), id.value())
            .stream()
            .map(UpdateRow::update)
            .toList();
    }

    /**
     * Posts a client-facing update: from now on the client's portal shows the incident
     * with this update, and {@link IncidentUpdatePublished} tells the feed and the
     * subscribers. The time may be back-dated (not before the detection, not in the
     * future); the state does not move the internal milestones.
     */
    @Transactional
    public IncidentUpdate postUpdate(IncidentId id, UpdateDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        Instant now = clock.instant();
        if (draft.state() == null) {
            throw new InvalidInputException("state", "Choose where things stand.");
        }
        Instant at = draft.at() == null ? now : draft.at();
        if (at.isAfter(now)) {
            throw new InvalidInputException("at", "Cannot be in the future.");
        }
        if (at.isBefore(incident.detectedAt())) {
            throw new InvalidInputException("at",
                    "Before the fault was detected (%s).".formatted(Format.utc(incident.detectedAt())));
        }
        String text = requireText("text", draft.text(), "Write what the client should know.");
        UpdateRow row = updates.save(new UpdateRow(incident, draft.state(), at, now, actor(), text));
        incident.updatePosted(at);
        events.publishEvent(new IncidentUpdatePublished(scope.agency(), incident.client(), incident.incidentId(),
                incident.title(), row.id(), draft.state()));
        return row.update();
    }

    // ---- running incidents

    @Transactional
    public IncidentDetails open(IncidentDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Instant now = clock.instant();
        Instant detected = draft.detectedAt() == null ? now : draft.detectedAt();
        if (detected.isAfter(now)) {
            throw new InvalidInputException("detectedAt", "The fault cannot begin in the future.");
        }
        validate(draft);
        Incident incident = new Incident(scope.agency(), draft.client(), detected, now, actor());
        apply(incident, draft);
        incidents.save(incident);
        timeline
            .save(new TimelineRow(incident, TimelineKind.DETECTED, detected, now, actor(), blankToNull(draft.note())));
        events.publishEvent(new IncidentOpened(scope.agency(), incident.client(), incident.incidentId(),
                incident.title(), actor()));
        return incident.details();
    }

    /**
     * Title, severity and affected integrations; the client and the detected time stay.
     */
    @Transactional
    public IncidentDetails update(IncidentId id, IncidentDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        if (!incident.client().equals(draft.client())) {
            throw new InvalidInputException("client", "An incident stays with its client.");
        }
        validate(draft);
        apply(incident, draft);
        updated(incident, "edited");
        return incident.details();
    }

    /**
     * Adds a milestone (each at most once, not before the detection nor an earlier
     * milestone, not in the future) or an update note. Resolving needs a root cause.
     */
    @Transactional
    public IncidentDetails record(IncidentId id, TimelineDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        Instant now = clock.instant();
        Instant at = draft.at() == null ? now : draft.at();
        validate(incident, draft, at, now);
        if (draft.kind().milestone()) {
            incident.reach(draft.kind(), at);
        }
        timeline.save(new TimelineRow(incident, draft.kind(), at, now, actor(), blankToNull(draft.note())));
        if (draft.kind() == TimelineKind.RESOLVED) {
            events.publishEvent(new IncidentResolved(scope.agency(), incident.client(), incident.incidentId(),
                    incident.title(), incident.cause()));
        }
        else {
            updated(incident, draft.kind().label().toLowerCase());
        }
        return incident.details();
    }

    /** The root-cause category; may be refined after resolving, never cleared. */
    @Transactional
    public IncidentDetails setCause(IncidentId id, RootCause cause) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        if (cause == null) {
            throw new InvalidInputException("cause", "Choose a root-cause category.");
        }
        incident.attributeTo(cause);
        updated(incident, "cause: " + cause.label());
        return incident.details();
    }

    @Transactional
    public InternalNote addNote(IncidentId id, String text) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        String note = requireText("note", text, "Write the note.");
        NoteRow row = notes.save(new NoteRow(incident, clock.instant(), actor(), note));
        updated(incident, "internal note added");
        return row.note();
    }

    /**
     * Saves the client-facing summary as a draft; the portal keeps showing the last
     * published text, if any.
     */
    @Transactional
    public IncidentDetails saveSummary(IncidentId id, String text) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        if (text != null && text.strip().length() > LONGEST_TEXT) {
            throw new InvalidInputException("summary", "At most 4,000 characters.");
        }
        incident.draftSummary(blankToNull(text));
        updated(incident, "client summary draft saved");
        return incident.details();
    }

    /**
     * Publishes the saved draft: from now on the client's portal shows this incident with
     * that text.
     */
    @Transactional
    public IncidentDetails publishSummary(IncidentId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        if (!incident.hasSummaryDraft()) {
            throw new InvalidInputException("summary",
                    "Write and save the client-facing summary before publishing it.");
        }
        incident.publishSummary(clock.instant());
        events.publishEvent(new IncidentSummaryPublished(scope.agency(), incident.client(), incident.incidentId(),
                incident.title()));
        return incident.details();
    }

    /** Takes the incident out of the client's portal; the draft stays. */
    @Transactional
    public IncidentDetails unpublishSummary(IncidentId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("incidents");
        Incident incident = loadOrFail(scope, id);
        incident.withdrawSummary();
        events.publishEvent(new IncidentSummaryWithdrawn(scope.agency(), incident.client(), incident.incidentId(),
                incident.title()));
        return incident.details();
    }

    // ---- alerts (called by AlertIncidents in the alert's transaction and tenant; no
    // role check: system work)

    /**
     * Opens an incident for the alert, or attaches it to the newest unresolved incident
     * of the same client that already lists the alert's integration (for an alert without
     * an integration: any unresolved incident of the client). An alert seen before
     * changes nothing.
     */
    public void openFromAlert(AlertOpened alert) {
        if (alertLinks.findByAgencyIdAndAlertId(alert.agency().value(), alert.alert().value()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Incident> open = incidents
            .findByAgencyIdAndClientIdAndResolvedAtIsNullOrderByOpenedAtDesc(alert.agency().value(),
                    alert.client().value())
            .stream()
            .filter(i -> alert.integration().map(i::affects).orElse(true))
            .findFirst();
        if (open.isPresent()) {
            Incident incident = open.get();
            alertLinks.save(new AlertLink(alert.alert().value(), incident));
            timeline.save(new TimelineRow(incident, TimelineKind.UPDATE, alert.openedAt(), now, ALERTING,
                    "Another alert joined this incident: " + alert.summary()));
            updated(incident, "alert attached");
            return;
        }
        Incident incident = new Incident(alert.agency(), alert.client(), alert.detectedAt(), alert.openedAt(),
                ALERTING);
        incident.describe(shorten(alert.summary()), IncidentSeverity.of(alert.severity()));
        alert.integration().ifPresent(incident::affect);
        incidents.save(incident);
        alertLinks.save(new AlertLink(alert.alert().value(), incident));
        timeline.save(new TimelineRow(incident, TimelineKind.DETECTED, alert.detectedAt(), now, ALERTING,
                "Alert raised at %s: %s".formatted(Format.utc(alert.openedAt()), alert.summary())));
        events.publishEvent(new IncidentOpened(alert.agency(), incident.client(), incident.incidentId(),
                incident.title(), ALERTING));
    }

    /**
     * The first acknowledgement of one of its alerts acknowledges an incident that is not
     * yet acknowledged.
     */
    public void acknowledgedByAlert(AlertAcknowledged alert) {
        linked(alert.agency().value(), alert.alert().value()).filter(Incident::awaitsAcknowledgement)
            .ifPresent(incident -> {
                Instant at = alert.at().isBefore(incident.detectedAt()) ? incident.detectedAt() : alert.at();
                incident.reach(TimelineKind.ACKNOWLEDGED, at);
                timeline.save(new TimelineRow(incident, TimelineKind.ACKNOWLEDGED, at, clock.instant(), alert.by(),
                        "Acknowledged the alert."));
                updated(incident, "acknowledged");
            });
    }

    /** A cleared alert is a note only: resolving needs a person to give the cause. */
    public void alertResolved(AlertResolved alert) {
        linked(alert.agency().value(), alert.alert().value()).ifPresent(incident -> {
            timeline.save(new TimelineRow(incident, TimelineKind.UPDATE, alert.at(), clock.instant(), ALERTING,
                    "The alert's condition cleared."));
            updated(incident, "alert cleared");
        });
    }

    private Optional<Incident> linked(UUID agency, UUID alert) {
        return alertLinks.findByAgencyIdAndAlertId(agency, alert)
            .flatMap(link -> incidents.findByAgencyIdAndId(agency, link.incidentId()));
    }

    // ---- helpers

    private void updated(Incident incident, String change) {
        events.publishEvent(new IncidentUpdated(incident.agency(), incident.client(), incident.incidentId(),
                incident.title(), change));
    }

    private void validate(IncidentDraft draft) {
        if (draft.client() == null || clients.find(draft.client()).isEmpty()) {
            throw new InvalidInputException("client", "Choose the client.");
        }
        requireText("title", draft.title(), "Enter a title.");
        if (draft.title().strip().length() > 200) {
            throw new InvalidInputException("title", "At most 200 characters.");
        }
        if (draft.severity() == null) {
            throw new InvalidInputException("severity", "Choose the severity.");
        }
        Map<IntegrationId, IntegrationDetails> found = integrations.findAll(draft.integrations());
        if (found.size() != draft.integrations().size()
                || found.values().stream().anyMatch(i -> !i.client().equals(draft.client()))) {
            throw new InvalidInputException("integrations", "Choose only integrations of this client.");
        }
    }

    private static void apply(Incident incident, IncidentDraft draft) {
        incident.describe(draft.title().strip(), draft.severity());
        incident.affect(draft.integrations());
    }

    private static void validate(Incident incident, TimelineDraft draft, Instant at, Instant now) {
        TimelineKind kind = draft.kind();
        if (kind == null || kind == TimelineKind.DETECTED) {
            throw new InvalidInputException("kind", "Choose acknowledged, diagnosed, resolved or update.");
        }
        if (at.isAfter(now)) {
            throw new InvalidInputException("at", "Cannot be in the future.");
        }
        if (at.isBefore(incident.detectedAt())) {
            throw new InvalidInputException("at",
                    "Before the fault was detected (%s).".formatted(Format.utc(incident.detectedAt())));
        }
        if (kind == TimelineKind.UPDATE) {
            requireText("note", draft.note(), "Write what happened.");
            return;
        }
        if (incident.reached(kind) != null) {
            throw new InvalidInputException("kind",
                    "Already %s at %s.".formatted(kind.label().toLowerCase(), Format.utc(incident.reached(kind))));
        }
        if (incident.resolved()) {
            throw new InvalidInputException("kind", "The incident is resolved; add an update instead.");
        }
        Instant latest = incident.lastMilestone();
        if (at.isBefore(latest)) {
            throw new InvalidInputException("at", "Before an earlier milestone (%s).".formatted(Format.utc(latest)));
        }
        if (kind == TimelineKind.RESOLVED && incident.cause() == null) {
            throw new InvalidInputException("cause", "Choose the root cause before resolving.");
        }
        if (draft.note() != null && draft.note().strip().length() > LONGEST_TEXT) {
            throw new InvalidInputException("note", "At most 4,000 characters.");
        }
    }

    private static String requireText(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (text.strip().length() > LONGEST_TEXT) {
            throw new InvalidInputException(field, "At most 4,000 characters.");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text) {
        String title = text == null || text.isBlank() ? "Alert" : text.strip();
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private static String actor() {
        return CurrentTenant.member().map(TenantMember::email).orElse("Plumbline");
    }

    private Incident loadOrFail(TenantScope scope, IncidentId id) {
        return incidents.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such incident"));
    }

}
