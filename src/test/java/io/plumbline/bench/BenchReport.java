package io.plumbline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Prints a benchmark's figures and keeps them in target/benchmarks; public for the
 * benchmarks that live in a module's own test package to reach its package-private parts.
 */
public final class BenchReport {

    private final StringBuilder text = new StringBuilder();

    private final String name;

    public BenchReport(String name) {
        this.name = name;
        line("# " + name + " — " + Instant.now());
        line("machine: %d cores, %d MiB max heap, %s".formatted(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.version")));
    }

    public BenchReport line(String line) {
        text.append(line).append('\n');
        org.slf4j.LoggerFactory.getLogger(BenchReport.class).info(line);
        return this;
    }

    public void save() {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The machine's load average (1, 5, 15 minutes): other builds share the machine, so
     * every figure names it.
     */
    public static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", Arrays.copyOf(load, 3));
        }
        catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Nearest-rank percentile of the values (sorted in place). */
    public static double percentile(double[] values, double quantile) {
        Arrays.sort(values);
        return values[Math.max(0, (int) Math.ceil(quantile * values.length) - 1)];
    }

}
