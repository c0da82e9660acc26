package io.plumbline.demo.internal;

import io.plumbline.alerting.AlertEvent;
import io.plumbline.alerting.AlertId;
import io.plumbline.alerting.AlertRuleId;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.demo.internal.DemoObservations.Episode;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentFilter;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The episodes of {@link DemoObservations} as incidents: each opened by an alert at the
 * episode's start, acknowledged, diagnosed and (but for one) resolved by the demo staff,
 * with a root cause, internal notes and a published summary. The Braze timeouts at
 * Oceanic stay open: diagnosed, waiting for the provider's report. The consent opt-in
 * outage of {@link DemoConsent} is an incident too, with cause "consent metadata".
 */
@Component
class DemoIncidents implements DemoStory {

    /** What went wrong, where and when, and which kind of alert noticed it. */
    private record Span(String integrationKey, Duration startsAgo, Duration lasts, AlertRuleKind alertedBy,
            AlertSeverity severity) {
    }

    /** One episode's incident, times relative to the episode's start. */
    private record Story(Span episode, String client, String person, String title, IncidentSeverity severity,
            Duration toDetect, Duration toAcknowledge, Duration toDiagnose, String diagnosis, RootCause cause,
            Duration resolvedAfterEnd, String resolution, String internalNote, String summary) {
    }

    private static final List<Story> STORIES = List.of(new Story(episode("acme-hubspot"), DemoTenants.ACME,
            "analyst@northwind.example", "HubSpot contact sync refused: OAuth token expired", IncidentSeverity.CRITICAL,
            Duration.ofMinutes(6), Duration.ofMinutes(100), Duration.ofMinutes(130),
            "The OAuth refresh token was revoked when the HubSpot app's scopes changed; the access token expired"
                    + " and could not be refreshed. Every call answers 401.",
            RootCause.AUTHENTICATION, Duration.ofMinutes(5),
            "Acme's HubSpot super admin re-authorised the app; 1,200 queued contact updates replayed.",
            "The expiry was visible in the integration registry five days ahead and nobody owned the reminder."
                    + " Set up a credential-expiry alert rule (14 days) for every OAuth integration.",
            "On Saturday night your HubSpot connection stopped accepting our requests because its authorisation"
                    + " had expired. Contact updates were held back for about nine hours and none were lost: once"
                    + " your HubSpot admin re-authorised the connection on Sunday morning, every queued update was"
                    + " delivered. We now warn you 14 days before any authorisation expires."),
            new Story(episode("globex-salesforce"), DemoTenants.GLOBEX, "analyst@northwind.example",
                    "Salesforce contact sync fails schema checks after a release", IncidentSeverity.MAJOR,
                    Duration.ofMinutes(12), Duration.ofMinutes(35), Duration.ofHours(3),
                    "Salesforce's release removed Contact.Consent_Date__c and added Consent_Timestamp__c (date and time);"
                            + " our mapper rejects contacts without the old field.",
                    RootCause.SCHEMA_MISMATCH, Duration.ofMinutes(20),
                    "The mapper reads Consent_Timestamp__c; 4,300 rejected contacts re-synced. Change log updated.",
                    "The release notes announced the field change three weeks ahead; we did not read them. Subscribe"
                            + " the team to provider release notes and log upcoming changes in the change log.",
                    "For about a day, roughly a third of contact updates from Salesforce were not synced because a"
                            + " Salesforce release replaced the consent date field with a date-and-time field. We now read"
                            + " the new field and re-synced every affected contact; consent data is complete again."),
            new Story(episode("acme-klaviyo"), DemoTenants.ACME, "admin@northwind.example",
                    "Klaviyo throttles Black-Friday sends (429)", IncidentSeverity.MAJOR, Duration.ofMinutes(20),
                    Duration.ofHours(1), Duration.ofHours(4),
                    "Black-Friday sends run at four times the usual volume and exceed Klaviyo's per-minute limit;"
                            + " our immediate retries made it worse.",
                    RootCause.RATE_LIMITING, Duration.ofMinutes(-10),
                    "Campaign batch capped at 600 requests a minute with exponential backoff on 429.",
                    "Peak volume was in the campaign plan two weeks ahead. Add campaign windows to capacity planning.",
                    "During the Black-Friday campaign Klaviyo limited how fast we could send, and about one request in"
                            + " eight had to be repeated. All e-mails went out, some of them minutes late. We now pace"
                            + " campaign sends below Klaviyo's limit."),
            new Story(episode("umbrella-marketo"), "Umbrella Finance", "admin@northwind.example",
                    "Marketo outage: e-mail sends failing", IncidentSeverity.CRITICAL, Duration.ofMinutes(4),
                    Duration.ofMinutes(9), Duration.ofMinutes(30),
                    "Adobe's status page confirms a Marketo REST API outage; 503s and timeouts on every endpoint.",
                    RootCause.PROVIDER_OUTAGE, Duration.ofMinutes(10),
                    "Marketo recovered; the queued sends were delivered within 20 minutes.",
                    "Nothing on our side to fix. Ask Adobe for the post-incident report for the QBR.",
                    "Marketo, the e-mail platform, had an outage of about two and a half hours. E-mails queued during"
                            + " the outage were delivered once Marketo recovered. The outage made that month miss the"
                            + " 99.6 % availability objective for Marketo delivery; see Service levels."),
            new Story(episode("oceanic-braze"), "Oceanic Airlines", "owner@southbridge.example", "Braze API timeouts",
                    IncidentSeverity.MAJOR, Duration.ofMinutes(3), Duration.ofMinutes(15), Duration.ofHours(1),
                    "Braze confirmed a network incident in its cluster; we are waiting for their post-incident report"
                            + " before closing.",
                    RootCause.PROVIDER_OUTAGE, null, null,
                    "Keep open until Braze sends the report; then write the client summary.", null),
            new Story(consentOutage(), DemoTenants.ACME, "analyst@northwind.example",
                    "Klaviyo records arrive without the opt-in flag", IncidentSeverity.MAJOR, Duration.ofHours(6),
                    Duration.ofHours(8), Duration.ofDays(2), DemoConsent.OPT_IN_OUTAGE.description(),
                    RootCause.CONSENT_METADATA, Duration.ofMinutes(30),
                    "Field mapping updated to the renamed flag; the records synced without it were re-sent with"
                            + " their opt-in status.",
                    "The coverage alert fired six hours in, but the rename was only found two days later. Add a"
                            + " payload contract check to the checkout sync's release checklist.",
                    "For four days, contacts from your Shopify checkout reached Klaviyo without their marketing"
                            + " opt-in status, because a checkout release renamed the field. No e-mails went to people"
                            + " who had not opted in: records without the flag are not mailed. The mapping is fixed and"
                            + " the affected records were re-sent with their consent status."));

    private final IncidentService incidents;

    private final DemoPeople people;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final Clock clock;

    DemoIncidents(IncidentService incidents, DemoPeople people, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.incidents = incidents;
        this.people = people;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void tell(DemoWorld world) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (Story story : STORIES) {
            tell(world, story, now);
        }
    }

    private void tell(DemoWorld world, Story story, Instant now) {
        AgencyId agency = world.agencyOfClient(story.client());
        ClientId client = world.client(story.client());
        IntegrationId integration = world.integration(story.episode().integrationKey());
        Instant start = now.minus(story.episode().startsAgo());
        Instant end = start.plus(story.episode().lasts());
        AlertId alert = new AlertId(UUID.randomUUID());
        alert(agency,
                new AlertEvent.AlertOpened(agency, client, alert, new AlertRuleId(UUID.randomUUID()),
                        story.episode().alertedBy(), Optional.of(integration), story.episode().severity(),
                        story.title(), start, start.plus(story.toDetect()), true));
        alert(agency, new AlertEvent.AlertAcknowledged(agency, client, alert, story.person(),
                start.plus(story.toAcknowledge())));
        people.as(story.person(), () -> {
            IncidentDetails incident = incidents.list(IncidentFilter.period(client, start, start.plusSeconds(1)))
                .getFirst();
            incidents.update(incident.id(),
                    new IncidentDraft(client, story.title(), story.severity(), Set.of(integration), null, null));
            incidents.record(incident.id(),
                    new TimelineDraft(TimelineKind.DIAGNOSED, start.plus(story.toDiagnose()), story.diagnosis()));
            incidents.setCause(incident.id(), story.cause());
            incidents.addNote(incident.id(), story.internalNote());
            if (story.resolvedAfterEnd() == null) {
                return incident;
            }
            incidents.record(incident.id(),
                    new TimelineDraft(TimelineKind.RESOLVED, end.plus(story.resolvedAfterEnd()), story.resolution()));
            incidents.saveSummary(incident.id(), story.summary());
            return incidents.publishSummary(incident.id());
        });
        if (story.resolvedAfterEnd() != null) {
            alert(agency, new AlertEvent.AlertResolved(agency, client, alert, end));
        }
    }

    /** As alerting publishes them: in a transaction of the alert's agency. */
    private void alert(AgencyId agency, AlertEvent event) {
        CurrentTenant.runAs(TenantScope.agency(agency),
                () -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
    }

    private static Span episode(String integrationKey) {
        Episode episode = DemoObservations.EPISODES.stream()
            .filter(e -> e.integrationKey().equals(integrationKey))
            .findFirst()
            .orElseThrow();
        return new Span(integrationKey, episode.startsAgo(), episode.lasts(), AlertRuleKind.CONSECUTIVE_FAILURES,
                AlertSeverity.PAGE);
    }

    private static Span consentOutage() {
        DemoConsent.Outage outage = DemoConsent.OPT_IN_OUTAGE;
        return new Span(outage.integrationKey(), outage.startsAgo(), outage.lasts(),
                AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET, AlertSeverity.TICKET);
    }

}
