package io.plumbline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raw rows by COPY, rollups in the same transaction, health read from rollups, on
 * PostgreSQL.
 */
@PostgresIntegrationTest
class MetricsIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestAgency agency;

    ClientDetails client;

    IntegrationDetails crm;

    IntegrationDetails email;

    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

    @BeforeEach
    void anIntegration() {
        agency = fixtures.anAgency();
        client = fixtures.aClient(agency);
        crm = fixtures.anIntegration(agency, client);
        email = fixtures.anIntegration(agency, client);
    }

    @Test
    void health_counts_availability_and_failure_classes_from_rollups() {
        List<Observation> batch = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            batch.add(call(crm, hour.plusSeconds(i * 30), 200, 120, null, i % 10 == 0));
        }
        for (int i = 0; i < 6; i++) {
            batch.add(call(crm, hour.plusSeconds(i * 60 + 5), 429, 40, FailureClass.THROTTLED, false));
        }
        for (int i = 0; i < 4; i++) {
            batch.add(call(crm, hour.plusSeconds(i * 60 + 7), 401, 30, FailureClass.AUTH, false));
        }

        agency.scope().run(() -> metrics.record(batch));
        HealthSummary health = agency.scope()
            .call(() -> metrics.health(crm.id(), hour, hour.plus(Duration.ofHours(1))));

        assertThat(health.total()).isEqualTo(100);
        assertThat(health.good()).isEqualTo(90);
        assertThat(health.retried()).isEqualTo(9);
        assertThat(health.availability()).hasValue(0.9);
        assertThat(health.failures(FailureClass.THROTTLED)).isEqualTo(6);
        assertThat(health.failures(FailureClass.AUTH)).isEqualTo(4);
        assertThat(health.granularity()).isEqualTo(Granularity.MINUTE);
        assertThat(rawRows(crm)).isEqualTo(100);
    }

    @Test
    void percentiles_over_any_window_match_the_raw_data_within_two_percent() {
        SplittableRandom random = new SplittableRandom(7);
        List<Observation> batch = new ArrayList<>();
        int[] latencies = new int[5_000];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = (int) Math.max(1, Math.round(Math.exp(5.5 + 0.7 * random.nextGaussian())));
            batch.add(call(crm, hour.plusMillis(i * 700L), 200, latencies[i], null, false));
        }
        agency.scope().run(() -> metrics.record(batch));
        Arrays.sort(latencies);

        for (Duration window : List.of(Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(60))) {
            HealthSummary health = agency.scope().call(() -> metrics.health(crm.id(), hour, hour.plus(window)));
            assertThat((double) health.p50().orElseThrow()).as("p50 over " + window)
                .isCloseTo(latencies[2_499], Percentage.withPercentage(2));
            assertThat((double) health.p95().orElseThrow()).as("p95 over " + window)
                .isCloseTo(latencies[4_749], Percentage.withPercentage(2));
            assertThat((double) health.p99().orElseThrow()).as("p99 over " + window)
                .isCloseTo(latencies[4_949], Percentage.withPercentage(2));
        }
    }

    @Test
    void a_single_observation_goes_in_by_insert_and_a_large_batch_by_copy_and_both_are_stored_whole() {
        // One row (a monitor's check) takes the plain INSERT path, 100 rows the COPY path
        // (PostgresCopyWriter).
        List<Observation> large = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            large.add(call(email, hour.plusSeconds(i), 200, 50 + i, null, false));
        }

        agency.scope().run(() -> metrics.record(List.of(call(crm, hour, 503, 900, FailureClass.SERVER_ERROR, true))));
        agency.scope().run(() -> metrics.record(large));

        assertThat(rawRows(crm)).isEqualTo(1);
        assertThat(rawRows(email)).isEqualTo(100);
        HealthSummary single = agency.scope().call(() -> metrics.health(crm.id(), hour, hour.plusSeconds(3600)));
        assertThat(single.total()).isEqualTo(1);
        assertThat(single.failures(FailureClass.SERVER_ERROR)).isEqualTo(1);
        Map<String, Object> row = agency.scope()
            .call(() -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForMap(
                        "SELECT agency_id, client_id, observed_at, source, operation, http_status, latency_ms, "
                                + "failure_class, retried FROM observation WHERE integration_id = ?",
                        crm.id().value())));
        assertThat(row).containsEntry("agency_id", agency.id().value())
            .containsEntry("client_id", client.id().value())
            .containsEntry("source", "API")
            .containsEntry("operation", "GET /contacts")
            .containsEntry("http_status", 503)
            .containsEntry("latency_ms", 900)
            .containsEntry("failure_class", "SERVER_ERROR")
            .containsEntry("retried", true);
        assertThat(((Timestamp) row.get("observed_at")).toInstant()).isEqualTo(hour);
        assertThat(agency.scope().call(() -> metrics.health(email.id(), hour, hour.plusSeconds(3600))).total())
            .isEqualTo(100);
    }

    @Test
    void a_batch_naming_another_agencys_integration_stores_nothing() {
        TestAgency otherAgency = fixtures.anAgency();
        IntegrationDetails foreign = fixtures.anIntegration(otherAgency, fixtures.aClient(otherAgency));
        List<Observation> batch = List.of(call(crm, hour, 200, 100, null, false),
                call(foreign, hour, 200, 100, null, false));

        assertThatThrownBy(() -> agency.scope().run(() -> metrics.record(batch))).isInstanceOf(NotFoundException.class);

        assertThat(rawRows(crm)).isZero();
        assertThat(agency.scope().call(() -> metrics.health(crm.id(), hour, hour.plusSeconds(3600))).total()).isZero();
    }

    @Test
    void another_agency_cannot_read_health_nor_raw_rows() {
        agency.scope().run(() -> metrics.record(List.of(call(crm, hour, 200, 100, null, false))));
        TestAgency otherAgency = fixtures.anAgency();

        assertThatThrownBy(() -> otherAgency.scope().call(() -> metrics.health(crm.id(), hour, hour.plusSeconds(3600))))
            .isInstanceOf(NotFoundException.class);
        Long visible = otherAgency.scope()
            .call(() -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject("SELECT count(*) FROM observation WHERE integration_id = ?",
                        Long.class, crm.id().value())));
        Long rollups = otherAgency.scope()
            .call(() -> new TransactionTemplate(transactionManager).execute(s -> jdbc
                .queryForObject("SELECT count(*) FROM rollup WHERE integration_id = ?", Long.class, crm.id().value())));
        assertThat(visible).isZero();
        assertThat(rollups).isZero();
    }

    @Test
    void client_health_adds_up_the_clients_integrations() {
        agency.scope()
            .run(() -> metrics.record(List.of(call(crm, hour, 200, 100, null, false),
                    call(email, hour, 503, 900, FailureClass.SERVER_ERROR, false))));

        HealthSummary health = CurrentTenant.callAs(new TenantScope(agency.id(), client.id()),
                () -> metrics.clientHealth(client.id(), hour, hour.plus(Duration.ofDays(2))));

        assertThat(health.total()).isEqualTo(2);
        assertThat(health.failures(FailureClass.SERVER_ERROR)).isEqualTo(1);
        assertThat(health.granularity()).isEqualTo(Granularity.HOUR);
    }

    @Test
    void client_health_by_integration_equals_each_integrations_own_health_and_holds_no_other_client() {
        ClientDetails otherClient = fixtures.aClient(agency);
        IntegrationDetails otherCrm = fixtures.anIntegration(agency, otherClient);
        Instant from = hour.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(20));
        List<Observation> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant at = from.plus(Duration.ofMinutes(i * 14L));
            batch.add(call(crm, at, 200, 50 + i, null, i % 7 == 0));
            batch.add(i % 5 == 0 ? call(email, at, 503, 900, FailureClass.SERVER_ERROR, false)
                    : call(email, at, 200, 300 + i % 40, null, false));
            batch.add(call(otherCrm, at, 401, 10, FailureClass.AUTH, false));
        }
        agency.scope().run(() -> metrics.record(batch));
        Instant to = hour.plus(Duration.ofMinutes(40));

        ClientHealth health = CurrentTenant.callAs(new TenantScope(agency.id(), client.id()),
                () -> metrics.clientHealthByIntegration(client.id(), from, to));

        assertThat(health.byIntegration()).containsOnlyKeys(crm.id(), email.id());
        for (IntegrationDetails integration : List.of(crm, email)) {
            assertThat(health.byIntegration().get(integration.id())).as(integration.name())
                .isEqualTo(agency.scope().call(() -> metrics.health(integration.id(), from, to)));
        }
        assertThat(health.overall()).isEqualTo(CurrentTenant.callAs(new TenantScope(agency.id(), client.id()),
                () -> metrics.clientHealth(client.id(), from, to)));
        assertThat(health.overall().total()).isEqualTo(600);
        assertThat(health.overall().failures(FailureClass.SERVER_ERROR)).isEqualTo(60);
        assertThat(health.overall().failures(FailureClass.AUTH)).isZero();
        assertThat(health.overall().p95()).isPresent();
    }

    @Test
    void observations_older_than_raw_retention_feed_only_the_rollups() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(45)).truncatedTo(ChronoUnit.DAYS);

        agency.scope().run(() -> metrics.record(List.of(call(crm, longAgo.plusSeconds(60), 200, 80, null, false))));

        assertThat(rawRows(crm)).isZero();
        HealthSummary dayView = agency.scope()
            .call(() -> metrics.health(crm.id(), longAgo, longAgo.plus(Duration.ofDays(1))));
        assertThat(dayView.total()).isEqualTo(1);
        assertThat(dayView.granularity()).as("minute rollups are not kept that long").isEqualTo(Granularity.HOUR);
    }

    @Test
    void raw_observations_live_in_day_partitions_that_the_application_cannot_reach_directly() {
        List<String> partitions = jdbc
            .queryForList("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                    + "WHERE i.inhparent = 'observation'::regclass", String.class);
        String today = "observation_" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");

        assertThat(partitions).hasSizeGreaterThanOrEqualTo(30).contains(today);
        assertThatThrownBy(() -> jdbc.queryForObject("SELECT count(*) FROM " + today, Long.class)).rootCause()
            .hasMessageContaining("permission denied for table " + today);
    }

    private long rawRows(IntegrationDetails integration) {
        return agency.scope()
            .call(() -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject("SELECT count(*) FROM observation WHERE integration_id = ?",
                        Long.class, integration.id().value())));
    }

    private static Observation call(IntegrationDetails integration, Instant at, int status, int latency,
            FailureClass failure, boolean retried) {
        return new Observation(integration.id(), at, Source.API, "GET /contacts", status, latency, failure, retried);
    }

}
