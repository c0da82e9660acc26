package io.plumbline.bench;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.dashboard.DashboardPeriod;
import io.plumbline.dashboard.DashboardService;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.incident.IncidentDraft;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentSeverity;
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
import io.plumbline.retention.ContractDraft;
import io.plumbline.retention.RetentionService;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.TenantScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server time of the executive dashboard (DashboardService.portfolio, both periods, every
 * source) for an agency of {@code bench.clients} clients (default 200) ×
 * {@code bench.integrations} integrations (default 10, so 2,000), with a client-wide SLA
 * per client, one observation per integration and hour over {@code bench.days} days
 * (default 60, so every hour rollup the SLA math reads is there), daily consent counts,
 * incidents, answers and contracts; or, with {@code bench.agency=<id>}, the agency an
 * earlier run loaded into the same database (its id is in the report). Not part of CI;
 * run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmark}.
 */
@PostgresIntegrationTest
class DashboardBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 200);

    private static final int PER_CLIENT = Integer.getInteger("bench.integrations", 10);

    private static final int DAYS = Integer.getInteger("bench.days", 60);

    private static final int RUNS = Integer.getInteger("bench.runs", 15);

    private static final String REUSE = System.getProperty("bench.agency");

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntegrationService integrations;

    @Autowired
    MetricsService metrics;

    @Autowired
    SlaService slas;

    @Autowired
    ConsentService consent;

    @Autowired
    IncidentService incidents;

    @Autowired
    RetentionService retention;

    @Autowired
    DashboardService dashboard;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void portfolio_of_two_hundred_clients_and_two_thousand_integrations() {
        BenchReport report = new BenchReport("dashboard");
        if (REUSE != null) {
            // Iterating on the read path: time the agency an earlier run loaded into the
            // same database.
            report.line("agency %s loaded by an earlier run".formatted(REUSE));
            time(report, TenantScope.agency(new AgencyId(UUID.fromString(REUSE))), "reused data");
            report.save();
            return;
        }
        TestAgency agency = fixtures.anAgency();
        long started = System.nanoTime();
        long observations = load(agency);
        report.line("load: agency %s, %d clients, %,d integrations, %,d observations, in %.0f s".formatted(
                agency.id().value(), CLIENTS, CLIENTS * PER_CLIENT, observations, (System.nanoTime() - started) / 1e9));

        TenantScope scope = TenantScope.agency(agency.id());
        time(report, scope, "right after the load");
        // A running database is vacuumed and analysed by autovacuum; a freshly
        // bulk-loaded one not yet, so its
        // index-only scans still visit the heap and the planner works from stale counts.
        report.line("VACUUM ANALYZE as the owner: %.0f s".formatted(BenchDatabase.vacuumAnalyze(environment)));
        time(report, scope, "after VACUUM ANALYZE");
        report.save();
    }

    private void time(BenchReport report, TenantScope scope, String when) {
        for (DashboardPeriod period : List.of(DashboardPeriod.THIS_MONTH, DashboardPeriod.LAST_90_DAYS)) {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                portfolio(scope, period);
            }
            double[] millis = new double[RUNS];
            Portfolio sample = null;
            for (int run = 0; run < RUNS; run++) {
                long t0 = System.nanoTime();
                sample = portfolio(scope, period);
                millis[run] = (System.nanoTime() - t0) / 1e6;
            }
            report.line(
                    "%s, %s (both periods): %d runs, p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d client rows, %d at risk; load average %s"
                        .formatted(when, period.label(), RUNS, BenchReport.percentile(millis.clone(), 0.5),
                                BenchReport.percentile(millis.clone(), 0.95),
                                BenchReport.percentile(millis.clone(), 1.0), sample.clients().size(),
                                sample.atRisk().size(), BenchReport.loadAverage()));
        }
    }

    private Portfolio portfolio(TenantScope scope, DashboardPeriod period) {
        return CurrentTenant.callAs(scope, () -> dashboard.portfolio(period));
    }

    private long load(TestAgency agency) {
        SplittableRandom random = new SplittableRandom(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        LocalDate today = LocalDate.now();
        long count = 0;
        for (int c = 0; c < CLIENTS; c++) {
            ClientDetails client = fixtures.aClient(agency);
            int index = c;
            List<IntegrationDetails> apis = agency.scope().call(() -> {
                List<IntegrationDetails> registered = new ArrayList<>();
                for (int i = 0; i < PER_CLIENT; i++) {
                    registered.add(integrations.register(new IntegrationDraft(client.id(),
                            "api-%d-%d".formatted(index, i), "API %d of %s".formatted(i, client.name()), Category.CRM,
                            "Provider", "https://api.example.com", "v1", AuthType.OAUTH2, null, null, null,
                            Criticality.HIGH, null, null)));
                }
                slas.create(SlaDraft.clientWide(client.id(), "Contract", Objectives.availabilityOnly(99.5),
                        EvaluationWindow.CALENDAR_MONTH));
                retention.create(new ContractDraft(client.id(), "C-" + index, today.minusMonths(10),
                        today.plusDays(random.nextInt(10, 300)), new BigDecimal(1000 + index), "EUR"));
                if (index % 4 == 0) {
                    incidents.open(new IncidentDraft(client.id(), "Outage", IncidentSeverity.MAJOR,
                            Set.of(registered.getFirst().id()), now.minus(Duration.ofDays(random.nextInt(1, DAYS))),
                            null));
                }
                return registered;
            });
            List<Observation> batch = new ArrayList<>();
            List<ConsentAggregate> counts = new ArrayList<>();
            for (int hour = DAYS * 24; hour > 0; hour--) {
                Instant at = now.minus(Duration.ofHours(hour));
                for (IntegrationDetails api : apis) {
                    boolean failed = random.nextInt(1000) < 3;
                    batch.add(new Observation(api.id(), at.plusSeconds(random.nextInt(3600)), Source.API, "sync",
                            failed ? 503 : 200, 80 + random.nextInt(400), failed ? FailureClass.SERVER_ERROR : null,
                            false));
                }
                if (hour % 24 == 0) {
                    counts.add(aggregate(apis.getFirst(), at, 1000, 970 + random.nextInt(30)));
                }
            }
            count += batch.size();
            agency.scope().run(() -> {
                metrics.record(batch);
                consent.recordAggregates(counts);
            });
        }
        return count;
    }

    private static ConsentAggregate aggregate(IntegrationDetails api, Instant at, long records, long complete) {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, complete);
        }
        return new ConsentAggregate(api.id(), at, "sync", records, carrying, 0, 0, complete);
    }

}
