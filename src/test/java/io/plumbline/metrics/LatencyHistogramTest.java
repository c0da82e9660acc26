package io.plumbline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void a_sketch_read_back_from_its_bytes_has_the_same_bins() {
        SplittableRandom random = new SplittableRandom(7);
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(0);
        histogram.record(Integer.MAX_VALUE);
        for (int i = 0; i < 10_000; i++) {
            histogram.record((int) Math.round(Math.exp(5.2 + 0.8 * random.nextGaussian())));
        }

        LatencyHistogram read = LatencyHistogram.fromBytes(histogram.toBytes());

        assertThat(read.bins()).isEqualTo(histogram.bins());
        assertThat(read.total()).isEqualTo(10_002);
        assertThat(histogram.toBytes().length).as("a few bytes per non-empty bin")
            .isLessThanOrEqualTo(2 + 4 * histogram.bins().size());
    }

    @Test
    void an_empty_sketch_is_stored_as_null_and_null_reads_as_empty() {
        assertThat(new LatencyHistogram().toBytes()).isNull();
        assertThat(LatencyHistogram.fromBytes(null).isEmpty()).isTrue();
        assertThat(LatencyHistogram.fromBytes(new byte[0]).percentile(0.5)).isEmpty();
    }

    @Test
    void negative_counts_from_subtracting_a_part_survive_the_bytes() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.add(300, -4);
        histogram.add(2, 1L << 40);

        assertThat(LatencyHistogram.fromBytes(histogram.toBytes()).bins())
            .isEqualTo(java.util.Map.of(2, 1L << 40, 300, -4L));
    }

    @Test
    void bytes_that_are_no_sketch_are_refused() {
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[] { 9, 1, 1, 1 }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("format 9");
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[] { 1, 2, 1 }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("truncated");
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[] { 1, 1, 1, 2, 0 }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("extra bytes");
    }

    /**
     * What a window read does: thousands of per-minute sketches, each stored and read
     * back, merged; the percentiles of the merge against the exact ones of all values,
     * for shapes API latencies take (narrow, long-tailed, two clusters, tiny values).
     */
    @Test
    void percentiles_of_many_merged_stored_sketches_are_within_two_percent_of_the_exact_values() {
        SplittableRandom random = new SplittableRandom(11);
        java.util.List<java.util.function.IntSupplier> shapes = java.util.List.of(
                () -> (int) Math.max(1, Math.round(Math.exp(5.2 + 0.8 * random.nextGaussian()))),
                () -> (int) Math.max(1, Math.round(Math.exp(3 + 2.0 * random.nextGaussian()))),
                () -> random.nextInt(10) < 8 ? 40 + random.nextInt(20) : 2_000 + random.nextInt(3_000),
                () -> 1 + random.nextInt(5));
        for (int s = 0; s < shapes.size(); s++) {
            int size = 200_000;
            int[] latencies = new int[size];
            LatencyHistogram merged = new LatencyHistogram();
            LatencyHistogram minute = new LatencyHistogram();
            for (int i = 0; i < size; i++) {
                latencies[i] = shapes.get(s).getAsInt();
                minute.record(latencies[i]);
                if (i % 100 == 99) {
                    merged.addBytes(minute.toBytes());
                    minute = new LatencyHistogram();
                }
            }
            Arrays.sort(latencies);
            for (double quantile : new double[] { 0.5, 0.9, 0.95, 0.99, 0.999 }) {
                long exact = latencies[(int) Math.ceil(quantile * size) - 1];
                assertThat((double) merged.percentile(quantile).orElseThrow()).as("shape %d, p%s", s, quantile * 100)
                    .isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(2));
            }
        }
    }

}
