package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.bench.BenchReport;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parsing and checking one NDJSON batch of 10,000 observations, without HTTP or database:
 * the tree-based parser of before issue 17 ({@link TreeBatchReference}) against the
 * streaming one ({@link BatchBody} with {@link ObservationParser}), time and bytes
 * allocated per batch, in turn in one JVM. In the module's test package because both are
 * package-private. Not part of CI; run with
 * {@code ./mvnw -B -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BatchParseBenchmark}.
 */
class BatchParseBenchmark {

    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private static final int RUNS = Integer.getInteger("bench.runs", 40);

    @Test
    void tree_against_streaming_parse_of_one_batch() {
        Instant now = Instant.parse("2026-12-08T10:00:00Z");
        Duration maxAge = Duration.ofDays(30);
        ObjectMapper json = JsonMapper.builder().build();
        BatchBody body = new BatchBody(json);
        ObservationParser parser = new ObservationParser(Clock.fixed(now, ZoneOffset.UTC), maxAge);
        TreeBatchReference reference = new TreeBatchReference(json);
        byte[] ndjson = batch(now);
        byte[] array = ("[" + new String(ndjson, StandardCharsets.UTF_8).strip().replace("\n", ",") + "]")
            .getBytes(StandardCharsets.UTF_8);

        IntSupplier treeNdjson = () -> TreeBatchReference
            .observations(reference.read(ndjson, true, "observations").nodes(), now, maxAge)
            .items()
            .size();
        IntSupplier streamNdjson = () -> body.read(ndjson, true, "observations", parser.reader()).items().size();
        IntSupplier treeArray = () -> TreeBatchReference
            .observations(reference.read(array, false, "observations").nodes(), now, maxAge)
            .items()
            .size();
        IntSupplier streamArray = () -> body.read(array, false, "observations", parser.reader()).items().size();

        BenchReport report = new BenchReport("batch-parse");
        report.line(("one batch of %,d observations (%,d bytes as NDJSON), parsed and checked; %d rounds of %d runs, "
                + "the last %d rounds counted; load average %s")
            .formatted(BATCH, ndjson.length, ROUNDS + 1, RUNS, ROUNDS, BenchReport.loadAverage()));
        double[][] figures = new double[4][2];
        String[] names = { "NDJSON, tree (before)", "NDJSON, streaming", "JSON array, tree (before)",
                "JSON array, streaming" };
        IntSupplier[] parsers = { treeNdjson, streamNdjson, treeArray, streamArray };
        for (int round = 0; round <= ROUNDS; round++) {
            for (int p = 0; p < parsers.length; p++) {
                double[] figure = time(parsers[p]);
                if (round > 0) {
                    figures[p][0] += figure[0] / ROUNDS;
                    figures[p][1] += figure[1] / ROUNDS;
                }
            }
        }
        for (int p = 0; p < parsers.length; p++) {
            report.line("%-26s %6.1f ms per batch (CPU of the parsing thread), %6.1f MB allocated per batch"
                .formatted(names[p], figures[p][0], figures[p][1]));
        }
        report.save();
    }

    /** CPU milliseconds and megabytes allocated per run, over {@link #RUNS} runs. */
    private static double[] time(IntSupplier parse) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        long cpu = threads.getThreadCpuTime(thread);
        long bytes = threads.getThreadAllocatedBytes(thread);
        for (int run = 0; run < RUNS; run++) {
            assertThat(parse.getAsInt()).isEqualTo(BATCH);
        }
        return new double[] { (threads.getThreadCpuTime(thread) - cpu) / 1e6 / RUNS,
                (threads.getThreadAllocatedBytes(thread) - bytes) / 1e6 / RUNS };
    }

    private static byte[] batch(Instant now) {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder text = new StringBuilder(BATCH * 160);
        for (int i = 0; i < BATCH; i++) {
            text.append("{\"integration\":\"bench-integration-")
                .append(random.nextInt(10))
                .append("\",\"timestamp\":\"")
                .append(now.minusSeconds(random.nextInt(3600)))
                .append("\",\"operation\":\"GET /crm/v3/objects/contacts\",\"status\":")
                .append(random.nextInt(100) < 3 ? 503 : 200)
                .append(",\"latencyMs\":")
                .append(50 + random.nextInt(400))
                .append("}\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

}
