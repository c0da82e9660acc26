package io.plumbline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SatisfactionTest {

    private static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    private static final SurveyPeriod NOVEMBER = new SurveyPeriod(PeriodKind.MONTH, LocalDate.of(2026, 11, 14));

    @Test
    void nps_is_the_share_of_promoters_minus_the_share_of_detractors() {
        // 10, 9, 9 promoters; 8, 7 passives; 6, 0, 3 detractors, 2 without NPS: (3 − 3) /
        // 8 → 0; one more promoter → 1/9.
        List<SurveyResponse> answers = List.of(nps(10), nps(9), nps(9), nps(8), nps(7), nps(6), nps(0), nps(3), csat(5),
                csat(2));
        Satisfaction s = Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER, answers);

        assertThat(s.npsAnswers()).isEqualTo(8);
        assertThat(s.nps()).hasValue(0.0);
        assertThat(s.responses()).isEqualTo(10);

        Satisfaction more = Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER,
                Stream.concat(answers.stream(), Stream.of(nps(9))).toList());
        assertThat(more.nps().getAsDouble()).isCloseTo(100.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void nps_runs_from_minus_100_to_100() {
        assertThat(Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER, List.of(nps(0), nps(6))).nps()).hasValue(-100.0);
        assertThat(Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER, List.of(nps(9), nps(10))).nps()).hasValue(100.0);
    }

    @Test
    void csat_is_the_share_of_four_and_five_among_csat_answers() {
        // 5, 4, 4 satisfied; 3, 1 not; one NPS-only answer does not count: 3 / 5 = 60 %.
        Satisfaction s = Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER,
                List.of(csat(5), csat(4), csat(4), csat(3), csat(1), nps(9)));

        assertThat(s.csatAnswers()).isEqualTo(5);
        assertThat(s.csat()).hasValue(60.0);
    }

    @Test
    void without_answers_there_is_no_figure_rather_than_zero() {
        Satisfaction empty = Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER, List.of());
        Satisfaction onlyComments = Satisfaction.of(CLIENT, Audience.CLIENT, NOVEMBER, List
            .of(new SurveyResponse(CLIENT, Audience.CLIENT, ResponseSource.CSV, Instant.EPOCH, null, null, "ok")));

        assertThat(empty.nps()).isEmpty();
        assertThat(empty.csat()).isEmpty();
        assertThat(empty.responses()).isZero();
        assertThat(onlyComments.nps()).isEmpty();
        assertThat(onlyComments.comments()).isEqualTo(1);
    }

    @Test
    void periods_are_utc_months_and_quarters() {
        SurveyPeriod q4 = SurveyPeriod.containing(PeriodKind.QUARTER, Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(q4.key()).isEqualTo("2026-Q4");
        assertThat(q4.label()).isEqualTo("Q4 2026");
        assertThat(q4.from()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(q4.until()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(q4.previous().key()).isEqualTo("2026-Q3");
        assertThat(NOVEMBER.key()).isEqualTo("2026-11");
        assertThat(NOVEMBER.contains(Instant.parse("2026-11-30T23:59:59Z"))).isTrue();
        assertThat(NOVEMBER.contains(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
    }

    private static SurveyResponse nps(int score) {
        return new SurveyResponse(CLIENT, Audience.CLIENT, ResponseSource.CSV, Instant.EPOCH, score, null, null);
    }

    private static SurveyResponse csat(int score) {
        return new SurveyResponse(CLIENT, Audience.CLIENT, ResponseSource.CSV, Instant.EPOCH, null, score, null);
    }

}
