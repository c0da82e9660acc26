package io.plumbline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class MetricBucketsIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsService metrics;

    @Test
    void buckets_keep_each_integrations_counts_and_latency_apart() {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        IntegrationDetails mail = fixtures.anIntegration(agency, client);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        agency.scope()
            .run(() -> metrics.record(List.of(
                    new Observation(crm.id(), hour.plusSeconds(10), Source.API, "sync", 200, 100, null, false),
                    new Observation(crm.id(), hour.plusSeconds(20), Source.MONITOR, "CHECK GET", 503, 40,
                            FailureClass.SERVER_ERROR, false),
                    new Observation(mail.id(), hour.plusSeconds(30), Source.API, "sync", 200, 900, null, false))));

        List<MetricBucket> buckets = agency.scope()
            .call(() -> metrics.buckets(List.of(crm.id(), mail.id()), Granularity.HOUR, hour,
                    hour.plus(Duration.ofHours(1))));

        MetricBucket crmHour = buckets.stream().filter(b -> b.integration().equals(crm.id())).findFirst().orElseThrow();
        assertThat(buckets).hasSize(2);
        assertThat(crmHour.start()).isEqualTo(hour);
        assertThat(crmHour.total()).isEqualTo(2);
        assertThat(crmHour.good()).isEqualTo(1);
        assertThat(crmHour.latency().total()).isEqualTo(1);
        assertThat(agency.scope()
            .call(() -> metrics.buckets(List.of(crm.id()), Granularity.MINUTE, hour, hour.plus(Duration.ofHours(1)))))
            .hasSize(1);
    }

    @Test
    void a_read_of_some_of_the_agencys_integrations_holds_only_those_asked_for() {
        TestAgency agency = fixtures.anAgency();
        TestAgency other = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        IntegrationDetails crm = fixtures.anIntegration(agency, client);
        IntegrationDetails mail = fixtures.anIntegration(agency, client);
        IntegrationDetails ads = fixtures.anIntegration(agency, fixtures.aClient(agency));
        IntegrationDetails foreign = fixtures.anIntegration(other, fixtures.aClient(other));
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
        agency.scope()
            .run(() -> metrics.record(
                    List.of(call(crm, day), call(mail, day), call(ads, day), call(crm, day.plus(Duration.ofDays(1))))));
        other.scope().run(() -> metrics.record(List.of(call(foreign, day))));
        TimeRange twoDays = new TimeRange(day, day.plus(Duration.ofDays(2)));

        // Two of the agency's three integrations: the third one's rows never appear.
        List<MetricBucket> days = agency.scope()
            .call(() -> metrics.buckets(List.of(crm.id(), mail.id()), Granularity.DAY, List.of(twoDays), false));
        Map<IntegrationId, Map<TimeRange, MetricBucket>> sums = agency.scope()
            .call(() -> metrics.sums(List.of(crm.id(), mail.id()), Granularity.DAY, List.of(twoDays), false));

        assertThat(days).extracting(MetricBucket::integration).containsExactlyInAnyOrder(crm.id(), crm.id(), mail.id());
        assertThat(sums).containsOnlyKeys(crm.id(), mail.id());
        assertThat(sums.get(crm.id()).get(twoDays).total()).isEqualTo(2);
        assertThat(sums.get(mail.id()).get(twoDays).total()).isEqualTo(1);
    }

    private static Observation call(IntegrationDetails integration, Instant at) {
        return new Observation(integration.id(), at.plusSeconds(60), Source.API, "sync", 200, 100, null, false);
    }

    @Test
    void buckets_of_another_agencys_integration_are_not_found() {
        TestAgency agency = fixtures.anAgency();
        TestAgency other = fixtures.anAgency();
        IntegrationDetails foreign = fixtures.anIntegration(other, fixtures.aClient(other));

        assertThatThrownBy(
                () -> agency.scope()
                    .call(() -> metrics.buckets(List.of(foreign.id()), Granularity.HOUR,
                            Instant.now().minus(Duration.ofDays(1)), Instant.now())))
            .isInstanceOf(NotFoundException.class);
    }

}
