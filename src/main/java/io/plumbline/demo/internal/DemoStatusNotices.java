package io.plumbline.demo.internal;

import io.plumbline.notices.NoticeSubscription;
import io.plumbline.notices.SubscriptionService;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentFilter;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.UpdateDraft;
import io.plumbline.incident.UpdateState;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The status-page side of the demo: the HubSpot token and Klaviyo throttling incidents of
 * Acme Retail carry client-facing updates (investigating → identified → monitoring →
 * resolved), and a HubSpot maintenance next Tuesday evening is announced to Acme ten days
 * ahead. Acme's viewer is subscribed to every notice by e-mail.
 */
@Component
class DemoStatusNotices implements DemoStory {

    private static final String ANALYST = "analyst@northwind.example";

    private static final String ACME_VIEWER = "viewer@acme.example";

    /** One update: how long after the fault began, the state, the text. */
    private record Step(Duration after, UpdateState state, String text) {
    }

    private static final List<Step> HUBSPOT = List.of(
            new Step(Duration.ofMinutes(110), UpdateState.INVESTIGATING,
                    "Contact updates from your shop are not reaching HubSpot at the moment. Nothing is lost: we hold"
                            + " every update back and will deliver it once the connection works again."),
            new Step(Duration.ofMinutes(140), UpdateState.IDENTIFIED,
                    "HubSpot no longer accepts our connection because its authorisation expired. Your HubSpot"
                            + " administrator needs to re-authorise the Northwind app; we have e-mailed them the"
                            + " two-minute steps."),
            new Step(Duration.ofMinutes(545), UpdateState.MONITORING,
                    "The connection was re-authorised and the held-back contact updates are being delivered now."
                            + " We are watching that every one of them arrives."));

    private static final List<Step> KLAVIYO = List.of(
            new Step(Duration.ofMinutes(25), UpdateState.INVESTIGATING,
                    "Some Black-Friday e-mails are leaving more slowly than planned because Klaviyo is limiting how"
                            + " fast we can send. Every e-mail is still queued; we are looking into it."),
            new Step(Duration.ofMinutes(75), UpdateState.IDENTIFIED,
                    "The campaign is sending about four times the usual volume, above Klaviyo's per-minute limit."
                            + " We are pacing the sends so they stay below it."),
            new Step(Duration.ofHours(5), UpdateState.MONITORING,
                    "Sends are paced now and Klaviyo accepts them again. Some e-mails went out a few minutes late;"
                            + " we are watching the rest of the campaign."));

    private final IncidentService incidents;

    private final SlaService slas;

    private final ClientService clients;

    private final DemoPeople people;

    private final Clock clock;

    private final SubscriptionService subscriptions;

    DemoStatusNotices(IncidentService incidents, SlaService slas, ClientService clients, DemoPeople people, Clock clock,
            SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        this.incidents = incidents;
        this.slas = slas;
        this.clients = clients;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        // after the incidents (70), before the reports
        return 72;
    }

    @Override
    public void tell(DemoWorld world) {
        // Acme's viewer gets every notice by e-mail; the demo has no mail server, so the
        // portal lists these mails as "demo, not sent".
        people.as(ACME_VIEWER, () -> subscriptions.subscribe(NoticeSubscription.all()));
        people.as(ANALYST, () -> {
            List<IncidentDetails> all = incidents.list(IncidentFilter.all());
            post(all, "HubSpot contact sync refused", HUBSPOT);
            post(all, "Klaviyo throttles Black-Friday sends", KLAVIYO);
            ClientDetails acme = clients.find(world.client(DemoTenants.ACME)).orElseThrow();
            ZonedDateTime tuesday = ZonedDateTime.ofInstant(clock.instant(), acme.timeZone())
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .plusWeeks(clock.instant().atZone(acme.timeZone()).getDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0)
                .with(LocalTime.of(21, 0));
            Instant start = tuesday.toInstant();
            return slas.addMaintenance(new MaintenanceDraft(acme.id(), world.integration("acme-hubspot"),
                    "HubSpot connection moves to HubSpot's new API",
                    new MaintenanceSchedule.OneOff(start, start.plus(Duration.ofMinutes(90))), 10));
        });
    }

    /**
     * The steps, then (for a resolved incident) a last "resolved" update with the
     * published summary's text, so the portal shows it once, in the timeline.
     */
    private void post(List<IncidentDetails> all, String titleStart, List<Step> steps) {
        IncidentDetails incident = all.stream().filter(i -> i.title().startsWith(titleStart)).findFirst().orElseThrow();
        Instant now = clock.instant();
        for (Step step : steps) {
            Instant at = incident.detectedAt().plus(step.after());
            incidents.postUpdate(incident.id(), new UpdateDraft(step.state(), at.isAfter(now) ? now : at, step.text()));
        }
        if (incident.resolvedAt() != null && incident.publishedSummary() != null) {
            Instant at = incident.resolvedAt().plus(Duration.ofMinutes(15));
            incidents.postUpdate(incident.id(),
                    new UpdateDraft(UpdateState.RESOLVED, at.isAfter(now) ? now : at, incident.publishedSummary()));
        }
    }

}
