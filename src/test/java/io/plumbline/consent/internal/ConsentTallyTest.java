package io.plumbline.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentPolicy;
import io.plumbline.consent.ConsentRecord;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Coverage math on cases small enough to count by hand. */
class ConsentTallyTest {

    static final IntegrationId CRM = new IntegrationId(UUID.randomUUID());
    static final ClientId CLIENT = new ClientId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Instant FRESH = NOW.minus(Duration.ofDays(10));
    static final Instant OLD = NOW.minus(Duration.ofDays(400));

    /**
     * Five records: 1 complete, 1 without opt-in, 1 with opt-in false, 1 stale (400
     * days), 1 with nothing.
     */
    static final List<ConsentRecord> FIVE = List.of(record(FRESH, "web-form", true), record(FRESH, "web-form", null),
            record(FRESH, "checkout", false), record(OLD, "checkout", true), record(null, null, null));

    static ConsentRecord record(Instant consented, String source, Boolean optIn) {
        return new ConsentRecord(CRM, NOW, consented, source, optIn, null, null, null);
    }

    static ConsentCounts tally(List<ConsentRecord> records, ConsentPolicy policy) {
        return records.stream().map(r -> ConsentTally.of(r, policy)).reduce(ConsentCounts.NONE, ConsentCounts::plus);
    }

    @Test
    void coverage_counts_records_carrying_every_required_field() {
        ConsentCounts counts = tally(FIVE, ConsentPolicy.standard(CLIENT));

        // complete: #1, #3 (false is a value), #4 → 3 of 5
        assertThat(counts.records()).isEqualTo(5);
        assertThat(counts.complete()).isEqualTo(3);
        assertThat(counts.coverage().getAsDouble()).isEqualTo(0.6);
        assertThat(counts.untagged()).isEqualTo(1);
        assertThat(counts.missing(ConsentField.OPT_IN).getAsDouble()).isEqualTo(0.4);
        assertThat(counts.missing(ConsentField.SOURCE_ID).getAsDouble()).isEqualTo(0.2);
        assertThat(counts.missing(ConsentField.PURPOSE).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void the_required_set_decides_what_complete_means() {
        ConsentPolicy sourceOnly = new ConsentPolicy(CLIENT, EnumSet.of(ConsentField.SOURCE_ID), 98, 730, false);
        ConsentPolicy withPurpose = new ConsentPolicy(CLIENT,
                EnumSet.of(ConsentField.SOURCE_ID, ConsentField.OPT_IN, ConsentField.PURPOSE), 98, 730, false);

        assertThat(tally(FIVE, sourceOnly).complete()).isEqualTo(4);
        assertThat(tally(FIVE, withPurpose).complete()).isZero();
        assertThat(tally(FIVE, withPurpose).untagged()).isEqualTo(1);
    }

    @Test
    void opt_in_rate_is_over_records_with_an_opt_in_value() {
        ConsentCounts counts = tally(FIVE, ConsentPolicy.standard(CLIENT));

        // opt-in true: #1 and #4; with a value: #1, #3, #4
        assertThat(counts.optInTrue()).isEqualTo(2);
        assertThat(counts.optInRate().getAsDouble()).isEqualTo(2.0 / 3);
    }

    @Test
    void a_consent_older_than_the_maximum_age_is_stale() {
        ConsentPolicy year = new ConsentPolicy(CLIENT, ConsentField.DEFAULT_REQUIRED, 98, 365, false);
        ConsentPolicy twoYears = new ConsentPolicy(CLIENT, ConsentField.DEFAULT_REQUIRED, 98, 730, false);

        assertThat(tally(FIVE, year).stale()).isEqualTo(1);
        assertThat(tally(FIVE, year).staleShare().getAsDouble()).isEqualTo(0.25);
        assertThat(tally(FIVE, twoYears).stale()).isZero();
    }

    @Test
    void no_records_is_no_data_not_full_coverage() {
        assertThat(ConsentCounts.NONE.coverage()).isEmpty();
        assertThat(ConsentCounts.NONE.optInRate()).isEmpty();
    }

    @Test
    void an_aggregate_with_the_same_counts_gives_the_same_figures_as_the_records() {
        ConsentPolicy policy = new ConsentPolicy(CLIENT, ConsentField.DEFAULT_REQUIRED, 98, 365, false);
        ConsentCounts fromRecords = tally(FIVE, policy);
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        carrying.put(ConsentField.CONSENT_TIMESTAMP, 4L);
        carrying.put(ConsentField.SOURCE_ID, 4L);
        carrying.put(ConsentField.OPT_IN, 3L);

        ConsentCounts fromAggregate = ConsentTally.of(new ConsentAggregate(CRM, NOW, null, 5, carrying, 2, 1, 3L),
                policy);

        assertThat(fromAggregate.coverage()).isEqualTo(fromRecords.coverage());
        assertThat(fromAggregate.optInRate()).isEqualTo(fromRecords.optInRate());
        assertThat(fromAggregate.staleShare()).isEqualTo(fromRecords.staleShare());
        for (ConsentField field : ConsentField.values()) {
            assertThat(fromAggregate.missing(field)).as(field.name()).isEqualTo(fromRecords.missing(field));
        }
    }

    @Test
    void an_aggregate_without_a_complete_count_takes_the_lowest_coverage_its_counts_allow() {
        Map<ConsentField, Long> carrying = Map.of(ConsentField.CONSENT_TIMESTAMP, 100L, ConsentField.SOURCE_ID, 98L,
                ConsentField.OPT_IN, 97L);

        ConsentCounts counts = ConsentTally.of(new ConsentAggregate(CRM, NOW, null, 100, carrying, 90, 0, null),
                ConsentPolicy.standard(CLIENT));

        // at worst the 2 records without a source and the 3 without opt-in are different
        // records: 95 complete
        assertThat(counts.complete()).isEqualTo(95);
        assertThat(counts.untagged()).isZero();
    }

    @Test
    void an_aggregate_that_carried_no_required_field_is_untagged_throughout() {
        ConsentCounts counts = ConsentTally.of(
                new ConsentAggregate(CRM, NOW, null, 40, Map.of(ConsentField.PURPOSE, 40L), 0, 0, null),
                ConsentPolicy.standard(CLIENT));

        assertThat(counts.complete()).isZero();
        assertThat(counts.untagged()).isEqualTo(40);
    }

}
