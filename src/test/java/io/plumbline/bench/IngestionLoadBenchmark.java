package io.plumbline.bench;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.tenancy.ClientDetails;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * HTTP ingestion with the load generator in a process of its own
 * ({@link NdjsonLoadGenerator}, started with its own {@code java} command): NDJSON
 * batches over a few connections against the app on PostgreSQL, then a plain COPY of the
 * same rows into a table of the same shape in the same run, and the CPU that PostgreSQL's
 * backends, the server's JVM and the load generator spent per 1,000 events (from
 * {@code /proc/<pid>/stat}). Not part of CI (failsafe runs {@code *IT} only); run with
 * {@code ./mvnw -B -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IngestionLoadBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "plumbline.api.rate-limit.requests-per-second=1000000",
                "plumbline.api.rate-limit.burst=1000000" })
@ActiveProfiles("pgtest")
@Import(Fixtures.class)
class IngestionLoadBenchmark {

    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);

    private static final int INTEGRATIONS = Integer.getInteger("bench.integrations", 10);

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 2);

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);

    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

    private static final int COPY_SECONDS = Integer.getInteger("bench.copy-seconds", 20);

    private static final int BODIES = Integer.getInteger("bench.bodies", 8);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    DataSource dataSource;

    record Event(int integration, Instant timestamp, int status, int latencyMs) {
    }

    @Test
    void http_ingestion_from_another_process_against_raw_copy() throws Exception {
        TestAgency agency = fixtures.anAgency();
        ClientDetails client = fixtures.aClient(agency);
        List<IntegrationDetails> integrations = new ArrayList<>();
        for (int i = 0; i < INTEGRATIONS; i++) {
            integrations.add(fixtures.anIntegration(agency, client));
        }
        String key = agency.scope().call(() -> apiKeys.create("bench", null)).secret();
        List<List<Event>> batches = batches();
        Path folder = Path.of("target", "benchmarks", "ingestion-load-bodies");
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        long bodyBytes = 0;
        for (int b = 0; b < batches.size(); b++) {
            byte[] body = ndjson(batches.get(b), integrations).getBytes(StandardCharsets.UTF_8);
            bodyBytes += body.length;
            Files.write(folder.resolve("batch-%02d.ndjson".formatted(b)), body);
        }

        BenchReport report = new BenchReport("ingestion-load");
        report.line(("NDJSON batches of %,d events over %d integrations (%,d bytes per body on average, %d distinct "
                + "bodies sent in turn), %d connections from a separate load-generator process, warm-up %d s, "
                + "measured %d s")
            .formatted(BATCH, INTEGRATIONS, bodyBytes / batches.size(), batches.size(), CONNECTIONS, WARM_UP, SECONDS));
        report.line("load average at start: " + BenchReport.loadAverage());

        Process generator = new ProcessBuilder(javaCommand(), "-Xmx512m", "-cp", testClasses(),
                NdjsonLoadGenerator.class.getName(), "http://127.0.0.1:" + port + "/api/v1/observations", key,
                folder.toString(), Integer.toString(BATCH), Integer.toString(CONNECTIONS), Integer.toString(WARM_UP),
                Integer.toString(SECONDS))
            .redirectErrorStream(true)
            .start();
        long jvm = ProcessHandle.current().pid();
        Map<Long, Long> pgBefore = null;
        long jvmBefore = 0;
        long generatorBefore = 0;
        long allPgBefore = 0;
        Map<Long, Long> pgAfter = null;
        long jvmAfter = 0;
        long generatorAfter = 0;
        long allPgAfter = 0;
        Map<String, String> result = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals("MEASURE-START")) {
                    pgBefore = backendTicks();
                    jvmBefore = ticks(jvm);
                    generatorBefore = ticks(generator.pid());
                    allPgBefore = allPostgresTicks();
                }
                else if (line.equals("MEASURE-END")) {
                    pgAfter = backendTicks();
                    jvmAfter = ticks(jvm);
                    generatorAfter = ticks(generator.pid());
                    allPgAfter = allPostgresTicks();
                }
                else if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        result.put(kv[0], kv[1]);
                    }
                }
            }
        }
        if (generator.waitFor() != 0 || result.isEmpty() || pgBefore == null || pgAfter == null) {
            throw new IllegalStateException("the load generator failed:\n" + String.join("\n", output));
        }
        report.line("load average after the HTTP run: " + BenchReport.loadAverage());

        long events = Long.parseLong(result.get("events"));
        double seconds = Double.parseDouble(result.get("seconds"));
        double perSecond = events / seconds;
        double tick = 1.0 / clockTicksPerSecond();
        double pgSeconds = 0;
        for (Map.Entry<Long, Long> after : pgAfter.entrySet()) {
            pgSeconds += (after.getValue() - pgBefore.getOrDefault(after.getKey(), 0L)) * tick;
        }
        double jvmSeconds = (jvmAfter - jvmBefore) * tick;
        double generatorSeconds = (generatorAfter - generatorBefore) * tick;
        double allPgSeconds = (allPgAfter - allPgBefore) * tick;
        double thousands = events / 1000.0;

        double copy = rawCopy(batches, integrations, agency.id().value(), client.id().value());
        report.line("load average after the COPY: " + BenchReport.loadAverage());
        report.line(
                "HTTP ingestion: %,d events in %.1f s = %,.0f events/s (%s requests; per request p50 %s ms, p99 %s ms, max %s ms)"
                    .formatted(events, seconds, perSecond, result.get("requests"), result.get("p50"), result.get("p99"),
                            result.get("max")));
        report.line("raw COPY of the same rows into a table of the same shape (temporary, LIKE observation): "
                + "%,.0f rows/s".formatted(copy));
        report.line("HTTP ingestion reaches %.1f %% of raw COPY".formatted(100 * perSecond / copy));
        report.line(("CPU per 1,000 events over the measured window: PostgreSQL backends of this database %.1f ms, "
                + "server JVM %.1f ms, load generator %.1f ms (all postgres processes of the machine, other "
                + "engineers' work included: %.1f ms)")
            .formatted(1000 * pgSeconds / thousands, 1000 * jvmSeconds / thousands, 1000 * generatorSeconds / thousands,
                    1000 * allPgSeconds / thousands));
        report.line("CPU cores busy over the window: PostgreSQL backends %.2f, server JVM %.2f, load generator %.2f"
            .formatted(pgSeconds / seconds, jvmSeconds / seconds, generatorSeconds / seconds));
        report.save();
    }

    private static List<List<Event>> batches() {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.now();
        List<List<Event>> batches = new ArrayList<>();
        for (int b = 0; b < BODIES; b++) {
            List<Event> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(new Event(random.nextInt(INTEGRATIONS), now.minusSeconds(random.nextInt(3600)),
                        random.nextInt(100) < 3 ? 503 : 200, 50 + random.nextInt(400)));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static String ndjson(List<Event> batch, List<IntegrationDetails> integrations) {
        StringBuilder body = new StringBuilder(batch.size() * 160);
        for (Event event : batch) {
            body.append("{\"integration\":\"")
                .append(integrations.get(event.integration()).key())
                .append("\",\"timestamp\":\"")
                .append(event.timestamp())
                .append("\",\"operation\":\"GET /crm/v3/objects/contacts\",\"status\":")
                .append(event.status())
                .append(",\"latencyMs\":")
                .append(event.latencyMs())
                .append("}\n");
        }
        return body.toString();
    }

    /**
     * The same rows as CSV, COPYed into a temporary table like {@code observation}
     * (without row-level security, partitions or rollups): the floor of any write path.
     */
    private double rawCopy(List<List<Event>> batches, List<IntegrationDetails> integrations, UUID agency, UUID client)
            throws Exception {
        List<String> csvBatches = new ArrayList<>();
        for (List<Event> batch : batches) {
            StringBuilder csv = new StringBuilder(batch.size() * 150);
            for (Event event : batch) {
                csv.append(agency)
                    .append(',')
                    .append(client)
                    .append(',')
                    .append(integrations.get(event.integration()).id().value())
                    .append(',')
                    .append(event.timestamp())
                    .append(",API,\"GET /crm/v3/objects/contacts\",")
                    .append(event.status())
                    .append(',')
                    .append(event.latencyMs())
                    .append(',')
                    .append(event.status() >= 500 ? "SERVER_ERROR" : "")
                    .append(",false\n");
            }
            csvBatches.add(csv.toString());
        }
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE copy_reference (LIKE observation)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int i = 0;
            while (System.nanoTime() - start < Duration.ofSeconds(COPY_SECONDS).toNanos()) {
                rows += copy.copyIn(
                        "COPY copy_reference (agency_id, client_id, integration_id, observed_at, source, operation, "
                                + "http_status, latency_ms, failure_class, retried) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csvBatches.get(i++ % csvBatches.size())));
                if (i % 50 == 0) {
                    statement.execute("TRUNCATE copy_reference");
                }
            }
            statement.execute("DROP TABLE copy_reference");
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    /** CPU ticks of each PostgreSQL backend connected to this benchmark's database. */
    private Map<Long, Long> backendTicks() throws Exception {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet pids = statement
                    .executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (pids.next()) {
                long pid = pids.getLong(1);
                ticks.put(pid, ticks(pid));
            }
        }
        return ticks;
    }

    /** CPU ticks of every process named postgres on the machine. */
    private static long allPostgresTicks() throws IOException {
        long sum = 0;
        Set<Long> seen = new HashSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.toList()) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    if (stat.contains("(postgres)") && seen.add(Long.parseLong(name))) {
                        sum += ticks(stat);
                    }
                }
                catch (IOException | RuntimeException gone) {
                    // ended in between
                }
            }
        }
        return sum;
    }

    /** utime + stime of a process, in clock ticks; 0 once it has ended. */
    private static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        }
        catch (IOException e) {
            return 0;
        }
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3, utime field 14, stime field 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long clockTicksPerSecond() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        return getconf.waitFor() == 0 && !out.isEmpty() ? Long.parseLong(out) : 100;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String testClasses() throws Exception {
        return Path.of(NdjsonLoadGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    }

}
