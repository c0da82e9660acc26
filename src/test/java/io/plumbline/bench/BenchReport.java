package io.plumbline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Prints a benchmark's figures and keeps them in target/benchmarks. */
final class BenchReport {

    private final StringBuilder text = new StringBuilder();
    private final String name;

    BenchReport(String name) {
        this.name = name;
        line("# " + name + " — " + java.time.Instant.now());
        line("machine: %d cores, %d MiB max heap, %s".formatted(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.version")));
    }

    BenchReport line(String line) {
        text.append(line).append('\n');
        org.slf4j.LoggerFactory.getLogger(BenchReport.class).info(line);
        return this;
    }

    void save() {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest-rank percentile of the values (sorted in place). */
    static double percentile(double[] values, double quantile) {
        Arrays.sort(values);
        return values[Math.max(0, (int) Math.ceil(quantile * values.length) - 1)];
    }
}
