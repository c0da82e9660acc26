package io.plumbline.sla;

import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.SlaEvent.CampaignWindowAdded;
import io.plumbline.sla.SlaEvent.CampaignWindowRemoved;
import io.plumbline.sla.SlaEvent.MaintenanceAnnounced;
import io.plumbline.sla.SlaEvent.MaintenanceAnnouncementWithdrawn;
import io.plumbline.sla.SlaEvent.MaintenanceWindowAdded;
import io.plumbline.sla.SlaEvent.MaintenanceWindowRemoved;
import io.plumbline.sla.SlaEvent.SlaChanged;
import io.plumbline.sla.SlaEvent.SlaCreated;
import io.plumbline.sla.SlaEvent.SlaDeleted;
import io.plumbline.sla.internal.CampaignWindowRepository;
import io.plumbline.sla.internal.CampaignWindowRow;
import io.plumbline.sla.internal.MaintenanceWindowRepository;
import io.plumbline.sla.internal.MaintenanceWindowRow;
import io.plumbline.sla.internal.Sla;
import io.plumbline.sla.internal.SlaRepository;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLAs, their campaign windows and the clients' maintenance windows (compliance is
 * {@link SlaEvaluationService}'s). Agency staff see the agency's SLAs, client users only
 * their client's; owners, admins and analysts change them.
 */
@Service
public class SlaService {

    private static final Duration LONGEST_CAMPAIGN = Duration.ofDays(92);

    private final SlaRepository slas;

    private final CampaignWindowRepository campaigns;

    private final MaintenanceWindowRepository maintenance;

    private final ClientService clients;

    private final IntegrationService integrations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SlaService(SlaRepository slas, CampaignWindowRepository campaigns, MaintenanceWindowRepository maintenance,
            ClientService clients, IntegrationService integrations, ApplicationEventPublisher events, Clock clock) {
        this.slas = slas;
        this.campaigns = campaigns;
        this.maintenance = maintenance;
        this.clients = clients;
        this.integrations = integrations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Owners, admins and analysts set SLAs and windows; executives and client users read
     * them.
     */

    @Transactional(readOnly = true)
    public List<SlaDetails> list() {
        TenantScope scope = requireReader();
        List<Sla> found = scope.isClientScope()
                ? slas.findByAgencyIdAndClientIdOrderByNameAsc(scope.agency().value(), scope.client().value())
                : slas.findByAgencyIdOrderByNameAsc(scope.agency().value());
        return found.stream().map(Sla::details).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SlaDetails> find(SlaId id) {
        return load(requireReader(), id).map(Sla::details);
    }

    @Transactional
    public SlaDetails create(SlaDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        validate(draft);
        SlaDetails details = slas.save(new Sla(new SlaId(UUID.randomUUID()), scope.agency(), draft, clock.instant()))
            .details();
        events.publishEvent(new SlaCreated(scope.agency(), details.client(), details.id(), details.name()));
        return details;
    }

    @Transactional
    public SlaDetails update(SlaId id, SlaDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        Sla sla = loadOrFail(scope, id);
        validate(draft);
        if (!draft.client().equals(sla.details().client())) {
            throw new InvalidInputException("client",
                    "An SLA stays with its client; create a new one for another client.");
        }
        sla.apply(draft);
        SlaDetails details = sla.details();
        events.publishEvent(new SlaChanged(scope.agency(), details.client(), id, details.name()));
        return details;
    }

    @Transactional
    public void delete(SlaId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        Sla sla = loadOrFail(scope, id);
        SlaDetails details = sla.details();
        campaigns.deleteByAgencyIdAndSlaId(scope.agency().value(), id.value());
        slas.delete(sla);
        events.publishEvent(new SlaDeleted(scope.agency(), details.client(), id, details.name()));
    }

    @Transactional(readOnly = true)
    public List<CampaignWindow> campaigns(SlaId id) {
        TenantScope scope = requireReader();
        SlaDetails sla = loadOrFail(scope, id).details();
        return campaignsOf(scope, sla);
    }

    @Transactional
    public CampaignWindow addCampaign(SlaId id, CampaignDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        SlaDetails sla = loadOrFail(scope, id).details();
        requireName(draft.name());
        if (draft.start() == null || draft.end() == null || !draft.end().isAfter(draft.start())) {
            throw new InvalidInputException("end", "The campaign must end after it starts.");
        }
        if (Duration.between(draft.start(), draft.end()).compareTo(LONGEST_CAMPAIGN) > 0) {
            throw new InvalidInputException("end", "A campaign window lasts at most 92 days.");
        }
        validate(draft.objectives());
        CampaignWindow window = campaigns
            .save(new CampaignWindowRow(new CampaignWindowId(UUID.randomUUID()), scope.agency(), sla, draft))
            .details();
        events.publishEvent(new CampaignWindowAdded(scope.agency(), sla.client(), id, window.name()));
        return window;
    }

    @Transactional
    public void removeCampaign(CampaignWindowId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        CampaignWindowRow row = campaigns.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such campaign window"));
        CampaignWindow window = row.details();
        SlaDetails sla = loadOrFail(scope, window.sla()).details();
        campaigns.delete(row);
        events.publishEvent(new CampaignWindowRemoved(scope.agency(), sla.client(), sla.id(), window.name()));
    }

    /** The client's maintenance windows: client-wide and per integration. */
    @Transactional(readOnly = true)
    public List<MaintenanceWindow> maintenance(ClientId client) {
        TenantScope scope = requireReader();
        if (!visible(scope, client)) {
            return List.of();
        }
        return maintenance.findByAgencyIdAndClientIdOrderByCreatedAtAsc(scope.agency().value(), client.value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .toList();
    }

    @Transactional
    public MaintenanceWindow addMaintenance(MaintenanceDraft draft) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        requireClientAndIntegration(draft.client(), draft.integration());
        requireName(draft.name());
        switch (draft.schedule()) {
            case null -> throw new InvalidInputException("schedule", "Choose one-off or weekly.");
            case MaintenanceSchedule.OneOff once when once.start() == null || once.end() == null
                    || !once.end().isAfter(once.start()) ->
                throw new InvalidInputException("end", "The maintenance must end after it starts.");
            case MaintenanceSchedule.Weekly weekly when weekly.day() == null || weekly.localStart() == null
                    || weekly.duration() == null || weekly.duration().toMinutes() < 1
                    || weekly.duration().compareTo(Duration.ofDays(1)) > 0 ->
                throw new InvalidInputException("duration", "Choose a day, a start time and 1 minute to 24 hours.");
            default -> {
            }
        }
        if (draft.noticeDays() != null) {
            requireNotice(draft.noticeDays());
        }
        MaintenanceWindow window = maintenance
            .save(new MaintenanceWindowRow(new MaintenanceWindowId(UUID.randomUUID()), scope.agency(), draft,
                    clock.instant()))
            .details();
        events.publishEvent(new MaintenanceWindowAdded(scope.agency(), window.client(), window.id(), window.name()));
        if (window.announced()) {
            events.publishEvent(new MaintenanceAnnounced(scope.agency(), window.client(), window.id(), window.name(),
                    window.noticeDays()));
        }
        return window;
    }

    /**
     * Announces a maintenance window to its client: the portal, the feed and subscribers
     * see each occurrence {@code noticeDays} (0–60) before it starts. Announcing again
     * changes the notice.
     */
    @Transactional
    public MaintenanceWindow announceMaintenance(MaintenanceWindowId id, Integer noticeDays) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        requireNotice(noticeDays);
        MaintenanceWindowRow row = maintenance.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such maintenance window"));
        row.announce(clock.instant(), noticeDays);
        MaintenanceWindow window = row.details();
        events.publishEvent(
                new MaintenanceAnnounced(scope.agency(), window.client(), window.id(), window.name(), noticeDays));
        return window;
    }

    /**
     * Takes the window out of the client's portal, feed and notices (it still counts for
     * SLAs).
     */
    @Transactional
    public MaintenanceWindow withdrawAnnouncement(MaintenanceWindowId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        MaintenanceWindowRow row = maintenance.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such maintenance window"));
        row.withdrawAnnouncement();
        MaintenanceWindow window = row.details();
        events.publishEvent(
                new MaintenanceAnnouncementWithdrawn(scope.agency(), window.client(), window.id(), window.name()));
        return window;
    }

    /**
     * The announced maintenance the client sees now: coming occurrences (soonest first)
     * and those that ended in the last 30 days (newest first), in the client's time zone
     * for weekly windows. A client user asking for another client gets nothing.
     */
    @Transactional(readOnly = true)
    public List<AnnouncedMaintenance> announcedMaintenance(ClientId client) {
        TenantScope scope = requireReader();
        if (!visible(scope, client)) {
            return List.of();
        }
        ZoneId zone = clients.find(client).map(ClientDetails::timeZone).orElse(null);
        if (zone == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<AnnouncedMaintenance> all = maintenance
            .findByAgencyIdAndClientIdOrderByCreatedAtAsc(scope.agency().value(), client.value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .flatMap(w -> w.announcedOccurrences(now, zone).stream())
            .toList();
        List<AnnouncedMaintenance> shown = new ArrayList<>(all.stream()
            .filter(m -> !m.over(now))
            .sorted(Comparator.comparing((AnnouncedMaintenance m) -> m.when().start()))
            .toList());
        all.stream()
            .filter(m -> m.over(now))
            .sorted(Comparator.comparing((AnnouncedMaintenance m) -> m.when().start()).reversed())
            .forEach(shown::add);
        return shown;
    }

    private static void requireNotice(Integer noticeDays) {
        if (noticeDays == null || noticeDays < 0 || noticeDays > 60) {
            throw new InvalidInputException("notice", "Give the notice in days, 0 to 60.");
        }
    }

    @Transactional
    public void removeMaintenance(MaintenanceWindowId id) {
        TenantScope scope = Access.requireAgencyWorkEditor("SLAs");
        MaintenanceWindowRow row = maintenance.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such maintenance window"));
        MaintenanceWindow window = row.details();
        maintenance.delete(row);
        events.publishEvent(new MaintenanceWindowRemoved(scope.agency(), window.client(), id, window.name()));
    }

    /**
     * The agency's maintenance windows by client and campaign windows by SLA, for judging
     * every SLA at once.
     */
    Map<ClientId, List<MaintenanceWindow>> maintenanceByClient() {
        return maintenance.findByAgencyIdOrderByCreatedAtAsc(requireReader().agency().value())
            .stream()
            .map(MaintenanceWindowRow::details)
            .collect(Collectors.groupingBy(MaintenanceWindow::client));
    }

    Map<SlaId, List<CampaignWindow>> campaignsBySla() {
        return campaigns.findByAgencyIdOrderByStartsAtAsc(requireReader().agency().value())
            .stream()
            .map(CampaignWindowRow::details)
            .collect(Collectors.groupingBy(CampaignWindow::sla));
    }

    private List<CampaignWindow> campaignsOf(TenantScope scope, SlaDetails sla) {
        return campaigns.findByAgencyIdAndSlaIdOrderByStartsAtAsc(scope.agency().value(), sla.id().value())
            .stream()
            .map(CampaignWindowRow::details)
            .toList();
    }

    private static TenantScope requireReader() {
        return Access.require(Role.values());
    }

    private Optional<Sla> load(TenantScope scope, SlaId id) {
        return slas.findByAgencyIdAndId(scope.agency().value(), id.value())
            .filter(s -> visible(scope, s.details().client()));
    }

    private Sla loadOrFail(TenantScope scope, SlaId id) {
        return load(scope, id).orElseThrow(() -> new NotFoundException("No such SLA"));
    }

    private static boolean visible(TenantScope scope, ClientId client) {
        return !scope.isClientScope() || scope.client().equals(client);
    }

    private void validate(SlaDraft draft) {
        requireClientAndIntegration(draft.client(), draft.integration());
        requireName(draft.name());
        if (draft.window() == null) {
            throw new InvalidInputException("window", "Choose the evaluation window.");
        }
        validate(draft.objectives());
    }

    private void requireClientAndIntegration(ClientId client, IntegrationId integration) {
        if (client == null || clients.find(client).isEmpty()) {
            throw new InvalidInputException("client", "Choose the client.");
        }
        if (integration != null && integrations.find(integration).filter(i -> i.client().equals(client)).isEmpty()) {
            throw new InvalidInputException("integration",
                    "Choose one of this client's integrations, or none for all.");
        }
    }

    private static void validate(Objectives objectives) {
        if (objectives == null || !(objectives.availabilityPercent() > 0 && objectives.availabilityPercent() < 100)) {
            throw new InvalidInputException("availability",
                    "Enter an availability above 0 and below 100 %, e.g. 99.5.");
        }
        if (objectives.p95LatencyMs() != null && objectives.p95LatencyMs() <= 0) {
            throw new InvalidInputException("p95", "Enter a p95 latency in milliseconds above 0, or leave it empty.");
        }
        Double daily = objectives.maxDailyErrorRatePercent();
        if (daily != null && !(daily > 0 && daily <= 100)) {
            throw new InvalidInputException("dailyErrorRate",
                    "Enter a daily error rate above 0 and up to 100 %, or leave it empty.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Enter a name.");
        }
        if (name.strip().length() > 120) {
            throw new InvalidInputException("name", "At most 120 characters.");
        }
    }

}
