package io.plumbline.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AtRiskScoreTest {

    @Test
    void a_missed_sla_with_detractors_and_incidents_is_at_risk() {
        // reliability 1 × 35 + satisfaction (30 − (−10)) / 60 × 35 + incidents 2/3 × 15 +
        // consent 0 × 15, over 100
        AtRiskScore score = AtRiskScore.of(new RiskFactors(OptionalDouble.of(1), 2, OptionalDouble.of(-0.5),
                OptionalDouble.of(-10), OptionalDouble.empty()));

        assertThat(score.value()).isCloseTo(35 + 40.0 / 60 * 35 + 10, within(1e-9));
        assertThat(score.atRisk()).isTrue();
        assertThat(score.mainFactor().name()).isEqualTo("Reliability");
    }

    @Test
    void a_healthy_client_scores_zero() {
        AtRiskScore score = AtRiskScore.of(new RiskFactors(OptionalDouble.of(0), 0, OptionalDouble.of(-1),
                OptionalDouble.of(45), OptionalDouble.of(90)));

        assertThat(score.value()).isZero();
        assertThat(score.atRisk()).isFalse();
    }

    @Test
    void factors_without_data_are_left_out_not_counted_as_good() {
        // only incidents (3 → 1 × 15) and CSAT ((80 − 60) / 40 = ½ × 35): (15 + 17.5) /
        // 50
        AtRiskScore score = AtRiskScore.of(new RiskFactors(OptionalDouble.empty(), 3, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.of(60)));

        assertThat(score.factors()).extracting(AtRiskScore.Factor::name).containsExactly("Satisfaction", "Incidents");
        assertThat(score.value()).isCloseTo(100 * 32.5 / 50, within(1e-9));
        assertThat(score.atRisk()).isTrue();
    }

    @Test
    void each_factor_is_capped_at_one() {
        AtRiskScore score = AtRiskScore.of(new RiskFactors(OptionalDouble.of(1), 12, OptionalDouble.of(40),
                OptionalDouble.of(-100), OptionalDouble.empty()));

        assertThat(score.value()).isCloseTo(100, within(1e-9));
    }

}
