package io.plumbline.insight.internal;

import io.plumbline.insight.RankCorrelation;
import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Spearman's ρ of paired samples with its p-value and 95 % interval; ties get average
 * ranks.
 */
public final class Spearman {

    /**
     * Below this many pairs the t approximation and the interval are too rough to show.
     */
    public static final int MINIMUM_PAIRS = 8;

    private static final double Z_95 = 1.959963984540054;

    private Spearman() {
    }

    public static RankCorrelation of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " and " + y.length);
        }
        int n = x.length;
        if (n < MINIMUM_PAIRS) {
            return new RankCorrelation.TooFewClients(n, MINIMUM_PAIRS);
        }
        if (constant(x) || constant(y)) {
            return new RankCorrelation.NoVariation(n);
        }
        double rho = new SpearmansCorrelation().correlation(x, y);
        return new RankCorrelation.Measured(n, rho, pValue(rho, n), interval(rho, n, -1), interval(rho, n, 1));
    }

    private static boolean constant(double[] values) {
        return Arrays.stream(values).distinct().count() == 1;
    }

    private static double pValue(double rho, int n) {
        if (Math.abs(rho) >= 1) {
            return 0;
        }
        double t = Math.abs(rho) * Math.sqrt((n - 2) / (1 - rho * rho));
        return 2 * (1 - new TDistribution(n - 2).cumulativeProbability(t));
    }

    private static double interval(double rho, int n, int side) {
        double bounded = Math.max(-0.999999, Math.min(0.999999, rho));
        double z = 0.5 * Math.log((1 + bounded) / (1 - bounded));
        double standardError = Math.sqrt((1 + rho * rho / 2) / (n - 3));
        return Math.tanh(z + side * Z_95 * standardError);
    }

}
