package io.plumbline.dashboard;

import io.plumbline.consent.ConsentServiceIT;
import io.plumbline.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
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
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.MetricsService;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.retention.ContractDraft;
import io.plumbline.retention.RetentionService;
import io.plumbline.shared.NotFoundException;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Interval;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.ImportRequest;
import io.plumbline.survey.SurveyImportService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard over a constructed portfolio whose figures are worked out by hand: two
 * clients of one agency, last month against the month before, and a third client of
 * another agency that must never appear.
 */
@PostgresIntegrationTest
class DashboardIT {

    static final DashboardPeriod PERIOD = DashboardPeriod.LAST_MONTH;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DashboardService dashboard;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    IncidentService incidents;

    @Autowired
    ConsentService consent;

    @Autowired
    SurveyImportService surveys;

    @Autowired
    RetentionService retention;

    @Autowired
    Clock clock;

    @Autowired
    TestClock testClock;

    @Autowired
    ClientService clients;

    TestAgency agency;

    TestAgency otherAgency;

    ClientDetails xeno;

    ClientDetails yarrow;

    ClientDetails stranger;

    Interval current;

    Interval previous;

    @BeforeEach
    void aPortfolioOfTwoClientsAndAStrangerInAnotherAgency() {
        Instant now = clock.instant();
        current = PERIOD.current(now);
        previous = PERIOD.previous(now);
        agency = fixtures.anAgency();
        otherAgency = fixtures.anAgency();
        xeno = fixtures.aClient(agency);
        yarrow = fixtures.aClient(agency);
        stranger = fixtures.aClient(otherAgency);
        IntegrationDetails xenoApi = fixtures.anIntegration(agency, xeno);
        IntegrationDetails yarrowApi = fixtures.anIntegration(agency, yarrow);
        IntegrationDetails strangerApi = fixtures.anIntegration(otherAgency, stranger);
        Instant inCurrent = current.start().plus(Duration.ofDays(10));
        Instant inPrevious = previous.start().plus(Duration.ofDays(10));

        agency.scope().run(() -> {
            // xeno: 99 % promised; 99.5 % now (met), 98 % before (missed)
            metrics.record(calls(xenoApi, inCurrent, 1000, 5));
            metrics.record(calls(xenoApi, inPrevious, 1000, 20));
            // yarrow: 99.9 % promised; 99.0 % now (missed), 100 % before (met)
            metrics.record(calls(yarrowApi, inCurrent, 1000, 10));
            metrics.record(calls(yarrowApi, inPrevious, 1000, 0));
            slas.create(SlaDraft.clientWide(xeno.id(), "Xeno contract", Objectives.availabilityOnly(99.0),
                    EvaluationWindow.CALENDAR_MONTH));
            slas.create(SlaDraft.clientWide(yarrow.id(), "Yarrow contract", Objectives.availabilityOnly(99.9),
                    EvaluationWindow.CALENDAR_MONTH));

            // incidents: now xeno 4 h and yarrow 2 h resolved, yarrow one still open;
            // before xeno 10 h
            resolved(xeno, xenoApi, inCurrent, Duration.ofHours(4), RootCause.PROVIDER_OUTAGE);
            resolved(yarrow, yarrowApi, inCurrent.plus(Duration.ofDays(2)), Duration.ofHours(2),
                    RootCause.AUTHENTICATION);
            incidents.open(new IncidentDraft(yarrow.id(), "Still broken", IncidentSeverity.MINOR,
                    Set.of(yarrowApi.id()), inCurrent.plus(Duration.ofDays(5)), null));
            resolved(xeno, xenoApi, inPrevious, Duration.ofHours(10), RootCause.RATE_LIMITING);

            // consent: now 90 of 100 (xeno) and 100 of 100 (yarrow); before 100 of 100
            // (xeno only)
            consent.recordAggregates(List.of(aggregate(xenoApi, inCurrent, 100, 90),
                    aggregate(yarrowApi, inCurrent, 100, 100), aggregate(xenoApi, inPrevious, 100, 100)));

            // answers: now xeno 6/5 and 6/3, yarrow 9/4; before xeno 8/4
            surveys.importFile(ImportRequest.of("answers.csv",
                    ("response_id,submitted_at,client,audience,nps,csat\n" + answer("x1", inCurrent, xeno, 6, 5)
                            + answer("x2", inCurrent, xeno, 6, 3) + answer("y1", inCurrent, yarrow, 9, 4)
                            + answer("x0", inPrevious, xeno, 8, 4))
                        .getBytes(StandardCharsets.UTF_8),
                    ImportFormat.GENERIC));

            // xeno's term is due in 30 days (at risk), yarrow's in 200 days (not yet)
            LocalDate today = retention.today();
            retention.create(new ContractDraft(xeno.id(), "XENO-1", today.minusMonths(11), today.plusDays(30),
                    new BigDecimal("1000.00"), "EUR"));
            retention.create(new ContractDraft(yarrow.id(), "YARROW-1", today.minusMonths(2), today.plusDays(200),
                    new BigDecimal("500.00"), "EUR"));
        });

        otherAgency.scope().run(() -> {
            metrics.record(calls(strangerApi, inCurrent, 1000, 500));
            slas.create(SlaDraft.clientWide(stranger.id(), "Stranger contract", Objectives.availabilityOnly(99.9),
                    EvaluationWindow.CALENDAR_MONTH));
            incidents.open(new IncidentDraft(stranger.id(), "Stranger outage", IncidentSeverity.CRITICAL,
                    Set.of(strangerApi.id()), inCurrent, null));
            retention.create(new ContractDraft(stranger.id(), "STRANGER-1", retention.today().minusMonths(11),
                    retention.today().plusDays(10), new BigDecimal("9999.00"), "EUR"));
        });
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void kpis_equal_the_hand_computed_figures_with_their_change_against_the_previous_period() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        Portfolio portfolio = dashboard.portfolio(PERIOD);
        PortfolioKpis k = portfolio.kpis();

        // one of two SLAs met in both periods
        assertThat(k.slasMet().current().getAsDouble()).isEqualTo(0.5);
        assertThat(k.slasMet().previous().getAsDouble()).isEqualTo(0.5);
        assertThat(k.slasMet().improved()).isEmpty();
        // (99.5 + 99.0) / 2 against (98.0 + 100) / 2
        assertThat(k.meanAvailability().current().getAsDouble()).isCloseTo(0.9925, within(1e-9));
        assertThat(k.meanAvailability().previous().getAsDouble()).isCloseTo(0.99, within(1e-9));
        assertThat(k.meanAvailability().change().getAsDouble()).isCloseTo(0.0025, within(1e-9));
        assertThat(k.meanAvailability().improved()).contains(true);
        // (5 + 10) / (1 % × 1000 + 0.1 % × 1000) against (20 + 0) / 11
        assertThat(k.errorBudgetBurn().current().getAsDouble()).isCloseTo(15 / 11.0, within(1e-6));
        assertThat(k.errorBudgetBurn().previous().getAsDouble()).isCloseTo(20 / 11.0, within(1e-6));
        assertThat(k.errorBudgetBurn().improved()).contains(true);
        // 190 of 200 records against 100 of 100
        assertThat(k.consentCoverage().current().getAsDouble()).isCloseTo(0.95, within(1e-9));
        assertThat(k.consentCoverage().previous().getAsDouble()).isEqualTo(1.0);
        assertThat(k.consentCoverage().improved()).contains(false);
        // 1 promoter, 2 detractors of 3 → −33.3; CSAT 2 of 3; before one passive (0) and
        // CSAT 100 %
        assertThat(k.nps().current().getAsDouble()).isCloseTo(-100 / 3.0, within(1e-9));
        assertThat(k.nps().previous().getAsDouble()).isEqualTo(0.0);
        assertThat(k.csat().current().getAsDouble()).isCloseTo(200 / 3.0, within(1e-9));
        assertThat(k.csat().previous().getAsDouble()).isEqualTo(100.0);
        // median of 4 h and 2 h against 10 h; a drop is better
        assertThat(k.medianTimeToResolveHours().current().getAsDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(k.medianTimeToResolveHours().previous().getAsDouble()).isCloseTo(10.0, within(1e-9));
        assertThat(k.medianTimeToResolveHours().improved()).contains(true);
        // one incident open at the end of the period (and still now), none at the end of
        // the one before
        assertThat(k.openIncidents().current().getAsDouble()).isEqualTo(1.0);
        assertThat(k.openIncidents().previous().getAsDouble()).isEqualTo(0.0);
        assertThat(k.openIncidents().improved()).contains(false);
        // only xeno's term is due; both clients are at risk, the stranger's contract is
        // another agency's
        assertThat(k.revenueAtRisk().monthlyValue().byCurrency())
            .containsExactly(Map.entry(Currency.getInstance("EUR"), new BigDecimal("1000.00")));
    }

    @Test
    void each_client_has_its_row_and_the_at_risk_list_is_worst_first_with_its_main_reason() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.ANALYST));

        Portfolio portfolio = dashboard.portfolio(PERIOD);

        assertThat(portfolio.clients()).extracting(r -> r.client().id()).containsExactly(xeno.id(), yarrow.id());
        ClientRow x = portfolio.clients().getFirst();
        // reliability 0, satisfaction NPS −100 → 1 × 35, incidents 1/3 × 15, consent 8
        // points below → 1 × 15
        assertThat(x.risk().value()).isCloseTo(55.0, within(1e-9));
        assertThat(x.risk().mainFactor().name()).isEqualTo("Satisfaction");
        assertThat(x.availability().getAsDouble()).isCloseTo(0.995, within(1e-9));
        assertThat(x.consentCoverage().getAsDouble()).isCloseTo(0.9, within(1e-9));
        assertThat(x.nextRenewal()).contains(retention().plusDays(30));
        ClientRow y = portfolio.clients().get(1);
        // reliability missed 35, satisfaction 0, incidents 2/3 × 15, consent on target 0
        assertThat(y.risk().value()).isCloseTo(45.0, within(1e-9));
        assertThat(y.risk().mainFactor().name()).isEqualTo("Reliability");
        assertThat(y.incidents()).isEqualTo(2);
        assertThat(y.openIncidents()).isEqualTo(1);
        assertThat(portfolio.atRisk()).extracting(ClientRow::name)
            .containsExactly(xeno.displayName(), yarrow.displayName());

        Map<LocalDate, Map<RootCause, Integer>> weeks = portfolio.incidentsPerWeek();
        assertThat(weeks.values().stream().flatMap(w -> w.values().stream()).mapToInt(Integer::intValue).sum())
            .isEqualTo(3);
        assertThat(weeks.keySet()).allSatisfy(week -> assertThat(week.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void the_csv_exports_hold_the_tables_and_nothing_of_another_agency() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        Portfolio portfolio = dashboard.portfolio(PERIOD);
        List<String> clients = Arrays.asList(DashboardCsv.clients(portfolio).split("\r\n"));
        List<String> atRisk = Arrays.asList(DashboardCsv.atRisk(portfolio).split("\r\n"));

        assertThat(clients.getFirst()).startsWith("client,slas,slas_met,slas_with_data,availability_percent");
        assertThat(clients).hasSize(3);
        assertThat(clients.get(1))
            .isEqualTo(xeno.displayName() + ",1,1,1,99.500,99.000,0.500,1,0,90.000,98.000,-100.000,50.000,"
                    + retention().plusDays(30) + ",1000.00 EUR,55.000");
        assertThat(atRisk).containsExactly("client,at_risk_score,main_reason,next_renewal,monthly_value",
                xeno.displayName() + ",55.000,Satisfaction," + retention().plusDays(30) + ",1000.00 EUR",
                yarrow.displayName() + ",45.000,Reliability," + retention().plusDays(200) + ",500.00 EUR");
        String everything = String.join("\n", clients) + String.join("\n", atRisk);
        assertThat(everything).doesNotContain(stranger.displayName()).doesNotContain("9999");

        Fixtures.signOut();
        Fixtures.signInAs(fixtures.aUser(otherAgency, Role.EXECUTIVE));
        Portfolio theirs = dashboard.portfolio(PERIOD);
        assertThat(DashboardCsv.clients(theirs)).contains(stranger.displayName())
            .doesNotContain(xeno.displayName())
            .doesNotContain(yarrow.displayName());
    }

    @Test
    void a_client_named_like_a_formula_is_text_in_both_csv_exports_and_negative_figures_stay_numbers()
            throws Exception {
        agency.scope()
            .run(() -> clients.update(xeno.id(), new ClientDraft(Fixtures.FORMULA_CLIENT_NAME,
                    Fixtures.FORMULA_CLIENT_NAME, xeno.industry(), xeno.timeZone(), xeno.primaryColour())));
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        Portfolio portfolio = dashboard.portfolio(PERIOD);
        CSVRecord clientsRow = rowOf(DashboardCsv.clients(portfolio), "'" + Fixtures.FORMULA_CLIENT_NAME);
        CSVRecord atRiskRow = rowOf(DashboardCsv.atRisk(portfolio), "'" + Fixtures.FORMULA_CLIENT_NAME);

        assertThat(clientsRow.get("nps")).isEqualTo("-100.000");
        assertThat(atRiskRow.get("at_risk_score")).isEqualTo("55.000");
    }

    private static CSVRecord rowOf(String csv, String client) throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
        assertThat(rows).allSatisfy(row -> assertThat(row.get("client")).doesNotStartWith("="));
        return rows.stream().filter(row -> row.get("client").equals(client)).findFirst().orElseThrow();
    }

    @Test
    void drill_down_shows_the_clients_own_figures_and_another_agencys_client_is_not_found() {
        Fixtures.signInAs(fixtures.aUser(agency, Role.EXECUTIVE));

        ClientDrillDown drill = dashboard.client(yarrow.id(), PERIOD);

        assertThat(drill.row().risk().value()).isCloseTo(45.0, within(1e-9));
        assertThat(drill.slas()).extracting(r -> r.sla().name()).containsExactly("Yarrow contract");
        assertThat(drill.incidents()).extracting(IncidentDetails::client).containsOnly(yarrow.id()).hasSize(2);
        assertThat(drill.health().total()).isEqualTo(1000);
        assertThat(drill.contracts()).extracting(c -> c.reference()).containsExactly("YARROW-1");
        assertThatThrownBy(() -> dashboard.client(stranger.id(), PERIOD)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void late_in_the_utc_evening_this_months_consent_counts_each_clients_own_today() {
        // 23:30 UTC is already tomorrow in Berlin (the fixtures' zone), and consent days
        // are the client's local days: a period still running ends on the client's today.
        Instant evening = LocalDate.now(ZoneOffset.UTC).atTime(23, 30).toInstant(ZoneOffset.UTC);
        testClock.stopAt(evening);
        try {
            TestAgency late = fixtures.anAgency();
            ClientDetails berlin = fixtures.aClient(late);
            IntegrationDetails crm = fixtures.anIntegration(late, berlin);
            late.scope().run(() -> consent.recordRecords(ConsentServiceIT.records(crm, evening, 100, 10)));
            Fixtures.signInAs(fixtures.aUser(late, Role.EXECUTIVE));

            assertThat(dashboard.portfolio(DashboardPeriod.THIS_MONTH).clients()).singleElement()
                .satisfies(row -> assertThat(row.consentCoverage().getAsDouble()).isCloseTo(0.9, within(1e-9)));
            assertThat(dashboard.client(berlin.id(), DashboardPeriod.THIS_MONTH).consent().counts().records())
                .isEqualTo(100);
        }
        finally {
            testClock.reset();
        }
    }

    @Test
    void client_users_are_refused() {
        Fixtures.signInAs(fixtures.aClientUser(agency, xeno, Role.CLIENT_ADMIN));

        assertThatThrownBy(() -> dashboard.portfolio(PERIOD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.client(xeno.id(), PERIOD)).isInstanceOf(AccessDeniedException.class);
    }

    private LocalDate retention() {
        return agency.scope().call(retention::today);
    }

    /**
     * {@code count} calls over the hour from {@code at}, the first {@code failed} of them
     * failing.
     */
    static List<Observation> calls(IntegrationDetails integration, Instant at, int count, int failed) {
        List<Observation> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean fails = i < failed;
            calls.add(new Observation(integration.id(), at.plusMillis(i * 3_000L), Source.API, "GET /contacts",
                    fails ? 500 : 200, 120, fails ? FailureClass.SERVER_ERROR : null, false));
        }
        return calls;
    }

    private void resolved(ClientDetails client, IntegrationDetails integration, Instant detected, Duration after,
            RootCause cause) {
        IncidentDetails opened = incidents.open(new IncidentDraft(client.id(), "Outage of " + client.name(),
                IncidentSeverity.MAJOR, Set.of(integration.id()), detected, null));
        incidents.setCause(opened.id(), cause);
        incidents.record(opened.id(), new TimelineDraft(TimelineKind.RESOLVED, detected.plus(after), "Fixed."));
    }

    static ConsentAggregate aggregate(IntegrationDetails integration, Instant at, long records, long complete) {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, complete);
        }
        return new ConsentAggregate(integration.id(), at, "crm-sync", records, carrying, 0, 0, complete);
    }

    private static String answer(String id, Instant at, ClientDetails client, int nps, int csat) {
        return "%s,%s,\"%s\",client,%d,%d\n".formatted(id, at.atOffset(ZoneOffset.UTC), client.name(), nps, csat);
    }

}
