package io.plumbline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentiles_from_the_histogram_are_within_two_percent_of_the_exact_values() {
        SplittableRandom random = new SplittableRandom(42);
        for (int size : new int[] { 10, 1_000, 100_000 }) {
            int[] latencies = new int[size];
            LatencyHistogram histogram = new LatencyHistogram();
            for (int i = 0; i < size; i++) {
                // Log-normal around 180 ms with a long tail, as API latencies are.
                latencies[i] = (int) Math.max(1, Math.round(Math.exp(5.2 + 0.8 * random.nextGaussian())));
                histogram.record(latencies[i]);
            }
            Arrays.sort(latencies);
            for (double quantile : new double[] { 0.5, 0.95, 0.99 }) {
                long exact = latencies[(int) Math.ceil(quantile * size) - 1];
                assertThat((double) histogram.percentile(quantile).orElseThrow()).as("p%s of %d", quantile * 100, size)
                    .isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(2));
            }
        }
    }

    @Test
    void merged_histograms_equal_one_histogram_of_all_values() {
        LatencyHistogram first = new LatencyHistogram();
        LatencyHistogram second = new LatencyHistogram();
        LatencyHistogram all = new LatencyHistogram();
        for (int latency = 1; latency <= 5_000; latency += 7) {
            (latency % 2 == 0 ? first : second).record(latency);
            all.record(latency);
        }

        second.bins().forEach(first::add);

        assertThat(first.bins()).isEqualTo(all.bins());
        assertThat(first.percentile(0.95)).isEqualTo(all.percentile(0.95));
    }

    @Test
    void zero_millisecond_calls_and_empty_histograms_are_handled() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThat(histogram.percentile(0.5)).isEmpty();

        histogram.record(0);

        assertThat(histogram.percentile(0.99)).hasValue(0);
    }

}
