package io.plumbline.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plumbline.insight.RankCorrelation.Measured;
import io.plumbline.insight.internal.Spearman;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void rho_matches_the_textbook_formula_for_untied_ranks() {
        // d = (-1, 1, -1, 1, 0, 0, 0, 0): ρ = 1 − 6·Σd² / (n(n² − 1)) = 1 − 24 / 504
        double[] x = { 1, 2, 3, 4, 5, 6, 7, 8 };
        double[] y = { 2, 1, 4, 3, 5, 6, 7, 8 };

        Measured result = (Measured) Spearman.of(x, y);

        assertThat(result.n()).isEqualTo(8);
        assertThat(result.rho()).isCloseTo(1 - 24.0 / 504, within(1e-12));
        assertThat(result.ciLow()).isLessThan(result.rho());
        assertThat(result.ciHigh()).isBetween(result.rho(), 1.0);
    }

    @Test
    void rho_and_p_value_equal_pearson_on_average_ranks_as_commons_math_computes_them() {
        double[] compliance = { 99.95, 99.1, 97.2, 99.99, 98.4, 99.5, 96.8, 99.7, 99.2, 98.9, 99.99, 97.9 };
        double[] nps = { 52, 31, -12, 60, 10, 35, -20, 31, 44, 12, 71, 5 };

        Measured result = (Measured) Spearman.of(compliance, nps);

        NaturalRanking ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        double[][] ranks = new double[compliance.length][2];
        double[] rankedX = ranking.rank(compliance);
        double[] rankedY = ranking.rank(nps);
        for (int i = 0; i < compliance.length; i++) {
            ranks[i][0] = rankedX[i];
            ranks[i][1] = rankedY[i];
        }
        PearsonsCorrelation pearson = new PearsonsCorrelation(new BlockRealMatrix(ranks));
        assertThat(result.rho()).isCloseTo(pearson.getCorrelationMatrix().getEntry(0, 1), within(1e-12));
        assertThat(result.pValue()).isCloseTo(pearson.getCorrelationPValues().getEntry(0, 1), within(1e-9));
    }

    @Test
    void the_interval_is_fisher_z_with_the_bonett_wright_standard_error() {
        double[] x = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        double[] y = { 1, 3, 2, 4, 6, 5, 8, 7, 10, 9 };

        Measured result = (Measured) Spearman.of(x, y);

        double z = 0.5 * Math.log((1 + result.rho()) / (1 - result.rho()));
        double se = Math.sqrt((1 + result.rho() * result.rho() / 2) / 7);
        assertThat(result.ciLow()).isCloseTo(Math.tanh(z - 1.959964 * se), within(1e-6));
        assertThat(result.ciHigh()).isCloseTo(Math.tanh(z + 1.959964 * se), within(1e-6));
    }

    @Test
    void fewer_than_eight_clients_give_no_correlation() {
        assertThat(Spearman.of(new double[] { 1, 2, 3, 4, 5, 6, 7 }, new double[] { 7, 6, 5, 4, 3, 2, 1 }))
            .isEqualTo(new RankCorrelation.TooFewClients(7, 8));
    }

    @Test
    void a_measure_equal_for_every_client_gives_no_correlation() {
        double[] same = { 5, 5, 5, 5, 5, 5, 5, 5 };
        double[] varied = { 1, 2, 3, 4, 5, 6, 7, 8 };

        assertThat(Spearman.of(varied, same)).isEqualTo(new RankCorrelation.NoVariation(8));
    }

}
