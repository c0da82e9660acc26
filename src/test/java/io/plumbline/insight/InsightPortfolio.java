package io.plumbline.insight;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
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
import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractDraft;
import io.plumbline.retention.RenewalDraft;
import io.plumbline.retention.RetentionService;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportRequest;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Industry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/**
 * A small portfolio made to be computed by hand, all on the day before today (UTC):
 * client k of n has 100 calls yesterday with k failed (availability 100 − k %, SLA target
 * 95.5 %: k ≥ 5 missed) and four client survey answers with the NPS {@link #NPS}[k] and
 * CSAT 5 each.
 */
@TestComponent
public class InsightPortfolio {

    /**
     * NPS per client: falling with reliability except clients 2 and 3, swapped (Σd² = 2).
     */
    static final int[] NPS = { 100, 75, 25, 50, 0, -25, -50, -75 };

    private final Fixtures fixtures;

    private final ClientService clients;

    private final MetricsService metrics;

    private final SlaService slas;

    private final SurveyImportService surveys;

    private final IncidentService incidents;

    private final RetentionService retention;

    private final InsightService insight;

    InsightPortfolio(Fixtures fixtures, ClientService clients, MetricsService metrics, SlaService slas,
            SurveyImportService surveys, IncidentService incidents, RetentionService retention,
            InsightService insight) {
        this.fixtures = fixtures;
        this.clients = clients;
        this.metrics = metrics;
        this.slas = slas;
        this.surveys = surveys;
        this.incidents = incidents;
        this.retention = retention;
        this.insight = insight;
    }

    LocalDate yesterday() {
        return insight.today().minusDays(1);
    }

    InsightPeriod yesterdayOnly() {
        return InsightPeriod.custom(yesterday(), yesterday(), insight.today());
    }

    /** {@code n} clients named "{prefix} k" with traffic, an SLA and survey answers. */
    List<ClientDetails> clientsWithTrafficAndAnswers(TestAgency agency, String prefix, int n) {
        return agency.scope().call(() -> {
            List<ClientDetails> created = new ArrayList<>();
            StringBuilder csv = new StringBuilder("response_id,submitted_at,client,audience,nps,csat,comment\n");
            Instant noon = yesterday().atTime(12, 0).toInstant(ZoneOffset.UTC);
            for (int k = 0; k < n; k++) {
                ClientDetails client = clients.create(
                        new ClientDraft(prefix + " " + k, null, Industry.ECOMMERCE, ZoneId.of("Europe/Berlin"), null));
                IntegrationDetails crm = fixtures.anIntegration(agency, client);
                List<Observation> calls = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    boolean failed = i < k;
                    calls.add(new Observation(crm.id(), noon.plusSeconds(i * 60L), Source.API, "GET /contacts",
                            failed ? 503 : 200, 120, failed ? FailureClass.SERVER_ERROR : null, false));
                }
                metrics.record(calls);
                slas.create(SlaDraft.clientWide(client.id(), "Delivery", Objectives.availabilityOnly(95.5),
                        EvaluationWindow.CALENDAR_MONTH));
                for (int[] answer : answers(NPS[k])) {
                    csv.append("%s-%d-%d,%s,%s,client,%d,5,\n".formatted(prefix, k, answer[1],
                            noon.plusSeconds(answer[1] * 60L), client.name(), answer[0]));
                }
                created.add(client);
            }
            surveys.importFile(ImportRequest.of("answers.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                    ImportFormat.GENERIC));
            return created;
        });
    }

    /**
     * Four NPS answers whose NPS is {@code nps} (a multiple of 25): promoters, detractors
     * and passives.
     */
    private static List<int[]> answers(int nps) {
        int promoters = Math.max(0, nps / 25);
        int detractors = Math.max(0, -nps / 25);
        List<int[]> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int score = i < promoters ? 10 : i < promoters + detractors ? 3 : 8;
            answers.add(new int[] { score, i });
        }
        return answers;
    }

    /** Resolved two hours after detection, yesterday. */
    void anIncidentResolvedInTwoHours(TestAgency agency, ClientDetails client) {
        agency.scope().run(() -> {
            Instant detected = yesterday().atTime(9, 0).toInstant(ZoneOffset.UTC);
            IncidentDetails opened = incidents.open(new IncidentDraft(client.id(), "Sends fail", IncidentSeverity.MAJOR,
                    Set.of(), detected, "503s from the provider."));
            incidents.setCause(opened.id(), RootCause.PROVIDER_OUTAGE);
            incidents.record(opened.id(), new TimelineDraft(TimelineKind.RESOLVED, detected.plus(Duration.ofHours(2)),
                    "Provider recovered."));
        });
    }

    ContractDetails aContract(TestAgency agency, ClientDetails client, int renewalInDays, String monthlyValue) {
        LocalDate today = insight.today();
        return agency.scope()
            .call(() -> retention.create(new ContractDraft(client.id(), "MAIN", today.minusMonths(11),
                    today.plusDays(renewalInDays), new BigDecimal(monthlyValue), "EUR")));
    }

    void renewed(TestAgency agency, ClientDetails client) {
        ContractDetails term = aContract(agency, client, 10, "1000");
        agency.scope()
            .run(() -> retention.renew(term.id(),
                    new RenewalDraft(insight.today().plusYears(1), new BigDecimal("1000"))));
    }

    void churned(TestAgency agency, ClientDetails client) {
        ContractDetails term = aContract(agency, client, -1, "1000");
        agency.scope()
            .run(() -> retention.churn(term.id(),
                    new ChurnDraft(insight.today().minusDays(1), ChurnCategory.RELIABILITY, "Left after the outage.")));
    }

}
