package io.plumbline.reporting;

import io.plumbline.Fixtures.TestAgency;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ConsentRecord;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client with a week of real data in every module a report reads, written through the
 * modules' services. A plain object (not a bean), so the tests share the default test
 * context instead of each adding one.
 */
public class ReportFixtures {

    public static final String INTERNAL_NOTE = "INTERNAL-ONLY root cause: our deploy broke the token refresh";

    public static final String DRAFT_SUMMARY = "DRAFT summary never published";

    public static final String PUBLISHED_SUMMARY = "A rotated credential stopped the contact sync; we re-authorised it.";

    private final MetricsService metrics;

    private final SlaService slas;

    private final IncidentService incidents;

    private final ConsentService consent;

    private final ChangeLogService changes;

    /** The fixtures over the services of a test's application context. */
    public static ReportFixtures from(org.springframework.context.ApplicationContext context) {
        return new ReportFixtures(context.getBean(MetricsService.class), context.getBean(SlaService.class),
                context.getBean(IncidentService.class), context.getBean(ConsentService.class),
                context.getBean(ChangeLogService.class));
    }

    private ReportFixtures(MetricsService metrics, SlaService slas, IncidentService incidents, ConsentService consent,
            ChangeLogService changes) {
        this.metrics = metrics;
        this.slas = slas;
        this.incidents = incidents;
        this.consent = consent;
        this.changes = changes;
    }

    /**
     * Hourly calls over the period (every 40th failing on the first integration, every
     * 200th on the second), an SLA, a published and an unpublished incident, consent
     * records, and published, draft and upcoming change entries.
     */
    public void aWeekOfData(TestAgency agency, ClientDetails client, List<IntegrationDetails> integrations,
            ReportPeriod period) {
        agency.scope().run(() -> {
            List<Observation> calls = new ArrayList<>();
            int n = 0;
            for (Instant at = period.from().plusSeconds(90); at
                .isBefore(period.to()); at = at.plus(Duration.ofMinutes(20))) {
                for (int i = 0; i < integrations.size(); i++) {
                    boolean failed = n++ % (i == 0 ? 40 : 200) == 0;
                    calls.add(new Observation(integrations.get(i).id(), at, Source.API, "GET /contacts",
                            failed ? 503 : 200, 80 + (n % 17) * 20, failed ? FailureClass.SERVER_ERROR : null, false));
                }
            }
            metrics.record(calls);
            slas.create(SlaDraft.clientWide(client.id(), "Contract availability", new Objectives(99.5, 800, null),
                    EvaluationWindow.CALENDAR_MONTH));
            Instant detected = period.from().plus(Duration.ofDays(2)).plus(Duration.ofHours(9));
            IncidentDetails shown = incidents.open(new IncidentDraft(client.id(), "Contacts stopped syncing",
                    IncidentSeverity.MAJOR, Set.of(integrations.getFirst().id()), detected, "sync returns 401"));
            incidents.record(shown.id(), new TimelineDraft(TimelineKind.ACKNOWLEDGED, detected.plusSeconds(600), null));
            incidents.setCause(shown.id(), RootCause.AUTHENTICATION);
            incidents.addNote(shown.id(), INTERNAL_NOTE);
            incidents.record(shown.id(),
                    new TimelineDraft(TimelineKind.RESOLVED, detected.plus(Duration.ofMinutes(150)), "fixed"));
            incidents.saveSummary(shown.id(), PUBLISHED_SUMMARY);
            incidents.publishSummary(shown.id());
            IncidentDetails hidden = incidents
                .open(new IncidentDraft(client.id(), "Unpublished hiccup", IncidentSeverity.MINOR,
                        Set.of(integrations.getFirst().id()), detected.plus(Duration.ofDays(1)), null));
            incidents.saveSummary(hidden.id(), DRAFT_SUMMARY);
            List<ConsentRecord> records = new ArrayList<>();
            Instant day = period.from().plus(Duration.ofHours(12));
            for (int d = 0; d < 7; d++, day = day.plus(Duration.ofDays(1))) {
                for (int i = 0; i < 50; i++) {
                    records.add(new ConsentRecord(integrations.getFirst().id(), day, day.minus(Duration.ofDays(3)),
                            "web-form", i < 1 + d % 3 ? null : true, null, null, null));
                }
            }
            consent.recordRecords(records);
            LocalDate inPeriod = period.start().plusDays(3);
            changes.publish(
                    changes
                        .create(new ChangeEntryDraft(integrations.getFirst().id(), ChangeKind.VERSION_UPGRADE,
                                "Moved to the v4 contacts API", "Faster paging.", "v3", "v4", inPeriod))
                        .id());
            changes.publish(changes
                .create(new ChangeEntryDraft(integrations.getFirst().id(), ChangeKind.DEPRECATION_NOTICE,
                        "Legacy lists endpoint retires", "Switch to segments.", null, null, period.end().plusDays(40)))
                .id());
            changes.create(new ChangeEntryDraft(integrations.getFirst().id(), ChangeKind.FIELD_ADDED,
                    "DRAFT change never published", "internal", null, null, inPeriod));
        });
    }

}
