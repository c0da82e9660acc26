package io.plumbline.reporting;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.changelog.ChangeEntryDraft;
import io.plumbline.changelog.ChangeKind;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
import io.plumbline.incident.RootCause;
import io.plumbline.incident.TimelineDraft;
import io.plumbline.incident.TimelineKind;
import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.survey.Audience;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportRequest;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.survey.SurveyService;
import io.plumbline.survey.SurveySettings;
import io.plumbline.tenancy.ClientDetails;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Clients for the report benchmarks with data in every module a client report reads,
 * written through the modules' services: calls with latencies and failures of several
 * causes (more during incidents), SLAs, published incidents with root causes, daily
 * consent counts, survey answers over four quarters and change-log entries. A plain
 * object (not a bean), like {@link ReportFixtures}, so the benchmarks share the default
 * test context.
 */
class ReportBenchData {

    /**
     * How much one client gets. The first SLA is client-wide with a latency objective;
     * the others cover one integration.
     */
    record Size(int integrations, Duration callSpacing, int slas, int incidents, int surveyAnswers) {
    }

    /** A client made for a benchmark and how many calls it has. */
    record BenchClient(ClientDetails client, long calls) {
    }

    private static final List<FailureClass> CAUSES = List.of(FailureClass.SERVER_ERROR, FailureClass.TIMEOUT,
            FailureClass.THROTTLED, FailureClass.AUTH, FailureClass.CONNECTION);

    private static final List<Category> CATEGORIES = List.of(Category.CRM, Category.EMAIL, Category.ANALYTICS,
            Category.ADS, Category.CDP);

    private static final List<RootCause> ROOT_CAUSES = List.of(RootCause.PROVIDER_OUTAGE, RootCause.AUTHENTICATION,
            RootCause.RATE_LIMITING, RootCause.SCHEMA_MISMATCH);

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneOffset.UTC);

    private final Fixtures fixtures;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    private final SlaService slas;

    private final IncidentService incidents;

    private final ConsentService consent;

    private final ChangeLogService changes;

    private final SurveyService surveys;

    private final SurveyImportService surveyImports;

    /** The data builder over the services of a benchmark's application context. */
    static ReportBenchData from(org.springframework.context.ApplicationContext context) {
        return new ReportBenchData(context.getBean(Fixtures.class), context.getBean(IntegrationService.class),
                context.getBean(MetricsService.class), context.getBean(SlaService.class),
                context.getBean(IncidentService.class), context.getBean(ConsentService.class),
                context.getBean(ChangeLogService.class), context.getBean(SurveyService.class),
                context.getBean(SurveyImportService.class));
    }

    private ReportBenchData(Fixtures fixtures, IntegrationService integrations, MetricsService metrics, SlaService slas,
            IncidentService incidents, ConsentService consent, ChangeLogService changes, SurveyService surveys,
            SurveyImportService surveyImports) {
        this.fixtures = fixtures;
        this.integrations = integrations;
        this.metrics = metrics;
        this.slas = slas;
        this.incidents = incidents;
        this.consent = consent;
        this.changes = changes;
        this.surveys = surveys;
        this.surveyImports = surveyImports;
    }

    /**
     * An agency whose clients see their satisfaction trend, so the report has its
     * satisfaction section.
     */
    TestAgency anAgencySharingSatisfaction() {
        TestAgency agency = fixtures.anAgency();
        agency.scope().run(() -> surveys.updateSettings(new SurveySettings(PeriodKind.QUARTER, true)));
        return agency;
    }

    /** A client with data from a week before the period until now. */
    BenchClient aClient(TestAgency agency, ReportPeriod period, Size size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ClientDetails client = fixtures.aClient(agency);
        Instant from = period.from().minus(Duration.ofDays(7));
        Instant until = Instant.now();
        return agency.scope().call(() -> {
            List<IntegrationDetails> apis = new ArrayList<>();
            for (int i = 0; i < size.integrations(); i++) {
                Category category = CATEGORIES.get(i % CATEGORIES.size());
                apis.add(integrations.register(new IntegrationDraft(client.id(), Fixtures.unique("api").toLowerCase(),
                        category.label() + " " + (i + 1) + " of " + client.name(), category, "Provider " + (i + 1),
                        "https://api" + i + ".example.com", "v2", AuthType.OAUTH2, null, null, null, Criticality.HIGH,
                        null, null)));
            }
            List<Instant> outages = incidents(client, apis, period, size.incidents(), random);
            long calls = calls(apis, from, until, size.callSpacing(), outages, random);
            slas(client, apis, size.slas());
            consentCounts(apis, from, until, random);
            answers(client, period, size.surveyAnswers(), random);
            changes(apis, period);
            return new BenchClient(client, calls);
        });
    }

    private long calls(List<IntegrationDetails> apis, Instant from, Instant until, Duration spacing,
            List<Instant> outages, SplittableRandom random) {
        List<Observation> batch = new ArrayList<>();
        long count = 0;
        for (Instant at = from; at.isBefore(until); at = at.plus(spacing)) {
            boolean inOutage = inOutage(at, outages);
            for (int i = 0; i < apis.size(); i++) {
                boolean failed = random.nextInt(1000) < (inOutage && i == 0 ? 300 : 3 + i);
                FailureClass cause = failed ? CAUSES.get(random.nextInt(CAUSES.size())) : null;
                int latency = 60 + (int) (random.nextExponential() * (120 + 40 * i));
                batch.add(new Observation(apis.get(i).id(), at.plusMillis(random.nextLong(spacing.toMillis())),
                        Source.API, "sync", failed ? (cause == FailureClass.TIMEOUT ? 504 : 503) : 200, latency, cause,
                        false));
            }
            if (batch.size() >= 10_000) {
                count += record(batch);
            }
        }
        return count + record(batch);
    }

    /** Incidents last two hours on the first integration. */
    private static boolean inOutage(Instant at, List<Instant> outages) {
        return outages.stream().anyMatch(start -> !at.isBefore(start) && at.isBefore(start.plus(Duration.ofHours(2))));
    }

    private int record(List<Observation> batch) {
        metrics.record(batch);
        int size = batch.size();
        batch.clear();
        return size;
    }

    /**
     * Published incidents in the period (each with a root cause); returns when each
     * began.
     */
    private List<Instant> incidents(ClientDetails client, List<IntegrationDetails> apis, ReportPeriod period, int count,
            SplittableRandom random) {
        List<Instant> starts = new ArrayList<>();
        long periodHours = Duration.between(period.from(), period.to()).toHours();
        for (int n = 0; n < count; n++) {
            Instant detected = period.from().plus(Duration.ofHours(random.nextLong(12, periodHours - 12)));
            IncidentDetails incident = incidents.open(new IncidentDraft(client.id(), "Sync degraded (" + (n + 1) + ")",
                    n % 2 == 0 ? IncidentSeverity.MAJOR : IncidentSeverity.MINOR, Set.of(apis.getFirst().id()),
                    detected, "error rate above 20 %"));
            incidents.record(incident.id(),
                    new TimelineDraft(TimelineKind.ACKNOWLEDGED, detected.plusSeconds(420), null));
            incidents.setCause(incident.id(), ROOT_CAUSES.get(n % ROOT_CAUSES.size()));
            incidents.record(incident.id(), new TimelineDraft(TimelineKind.RESOLVED,
                    detected.plus(Duration.ofMinutes(random.nextInt(45, 300))), "recovered"));
            incidents.saveSummary(incident.id(), "The provider answered with errors for part of the day; calls were "
                    + "retried and no data was lost.");
            incidents.publishSummary(incident.id());
            starts.add(detected);
        }
        return starts;
    }

    private void slas(ClientDetails client, List<IntegrationDetails> apis, int count) {
        for (int n = 0; n < count; n++) {
            slas.create(n == 0
                    ? SlaDraft.clientWide(client.id(), "Contract availability and speed",
                            new Objectives(99.5, 800, null), EvaluationWindow.CALENDAR_MONTH)
                    : new SlaDraft(client.id(), apis.get(n % apis.size()).id(), "Critical sync " + n,
                            new Objectives(99.9, null, 2.0), EvaluationWindow.CALENDAR_MONTH));
        }
    }

    /** One sync run's consent counts per integration and day. */
    private void consentCounts(List<IntegrationDetails> apis, Instant from, Instant until, SplittableRandom random) {
        List<ConsentAggregate> counts = new ArrayList<>();
        for (Instant day = from.plus(Duration.ofHours(3)); day.isBefore(until); day = day.plus(Duration.ofDays(1))) {
            for (IntegrationDetails api : apis) {
                long records = random.nextLong(500, 2_000);
                long complete = records - random.nextLong(records / 40);
                Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
                for (ConsentField field : ConsentField.values()) {
                    carrying.put(field, complete);
                }
                counts
                    .add(new ConsentAggregate(api.id(), day, "nightly-sync", records, carrying, complete, 0, complete));
            }
        }
        consent.recordAggregates(counts);
    }

    /**
     * Pulse answers spread over the last year, imported as a CSV file as an agency would.
     */
    private void answers(ClientDetails client, ReportPeriod period, int count, SplittableRandom random) {
        if (count == 0) {
            return;
        }
        StringBuilder csv = new StringBuilder("response_id,submitted_at,nps,csat\n");
        for (int n = 0; n < count; n++) {
            Instant submitted = period.to().minus(Duration.ofHours(random.nextLong(1, 360 * 24)));
            csv.append(client.id())
                .append('-')
                .append(n)
                .append(',')
                .append(SUBMITTED.format(submitted))
                .append(',')
                .append(random.nextInt(5, 11))
                .append(',')
                .append(random.nextInt(3, 6))
                .append('\n');
        }
        surveyImports.importFile(
                ImportRequest.of("pulse.csv", csv.toString().getBytes(StandardCharsets.UTF_8), ImportFormat.GENERIC)
                    .withDefaults(client.id(), Audience.CLIENT));
    }

    private void changes(List<IntegrationDetails> apis, ReportPeriod period) {
        changes.publish(changes
            .create(new ChangeEntryDraft(apis.getFirst().id(), ChangeKind.VERSION_UPGRADE, "Moved to API v3",
                    "Faster paging.", "v2", "v3", period.start().plusDays(5)))
            .id());
        changes.publish(changes
            .create(new ChangeEntryDraft(apis.getLast().id(), ChangeKind.FIELD_ADDED, "Lead source is synced",
                    "A new field.", null, null, period.start().plusDays(12)))
            .id());
        changes.publish(changes
            .create(new ChangeEntryDraft(apis.getFirst().id(), ChangeKind.DEPRECATION_NOTICE,
                    "Legacy lists endpoint retires", "Switch to segments.", null, null, period.end().plusDays(40)))
            .id());
    }

}
