package io.plumbline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.sun.net.httpserver.HttpServer;
import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.MonitorDetails;
import io.plumbline.monitoring.MonitorDraft;
import io.plumbline.monitoring.MonitorService;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.tenancy.ClientDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitor scheduling benchmark of docs/performance.md: 10,000 enabled monitors at a
 * 60 s interval against a local stub server, on one node. Measures the scheduling lag (a
 * check's actual start minus the execution time db-scheduler had for it), the checks per
 * second reached, failures, and the CPU the application and PostgreSQL spend on it.
 *
 * <p>
 * Not part of CI; run it on a database of its own (its name must contain "bench": it
 * deletes every {@code monitor-check} execution it finds there): <pre>
 * PLUMBLINE_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/plumbline_bench ./mvnw -B -o verify -Dtest=NoSuchTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MonitorSchedulingBenchmark
 * </pre> The scheduler runs with the production {@code db-scheduler.*} settings of
 * application.properties, not the test profile's. Options:
 * {@code -Dbench.monitors=10000}, {@code -Dbench.interval=60}, {@code -Dbench.warmup=60},
 * {@code -Dbench.seconds=180} (the measured window; seconds),
 * {@code -Dbench.props=key=value,key=value} (Spring properties of a tuning attempt, e.g.
 * {@code db-scheduler.polling-interval=5s}), {@code -Dbench.label=name} and
 * {@code -Dbench.jfr=true} (a Flight Recorder profile of the window,
 * target/benchmarks/monitor-scheduling.jfr). Figures go to
 * target/benchmarks/monitor-scheduling.txt.
 */
@PostgresIntegrationTest
class MonitorSchedulingBenchmark {

    private static final String TASK = "monitor-check";

    private static final int MONITORS = Integer.getInteger("bench.monitors", 10_000);

    private static final Duration INTERVAL = Duration.ofSeconds(Integer.getInteger("bench.interval", 60));

    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));

    private static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.seconds", 180));

    private static final int CLIENTS = 10;

    private static final int INTEGRATIONS_PER_CLIENT = 10;

    private static final int BATCH = 500;

    private static final Duration TIMELINE_STEP = Duration.ofSeconds(30);

    private static final String BODY = "{\"status\":\"ok\"}";

    @Autowired
    Fixtures fixtures;

    @Autowired
    MonitorService monitors;

    @Autowired
    OutboundAllowListService allowList;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment environment;

    @Autowired
    Probe probe;

    /**
     * The production scheduler settings, whatever a test profile says, then the attempt's
     * own.
     */
    @DynamicPropertySource
    static void schedulerSettings(DynamicPropertyRegistry registry) throws IOException {
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        production.stringPropertyNames()
            .stream()
            .filter(key -> key.startsWith("db-scheduler."))
            .forEach(key -> registry.add(key, () -> production.getProperty(key)));
        overrides().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        Probe schedulingProbe() {
            return new Probe();
        }

    }

    @Test
    void ten_thousand_monitors_at_a_sixty_second_interval() throws Exception {
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        assertThat(database)
            .as("the benchmark deletes scheduled checks: give it a database of its own, "
                    + "e.g. PLUMBLINE_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/plumbline_bench")
            .contains("bench");
        Report report = new Report();
        report.line("label: %s", System.getProperty("bench.label", "(none)"));
        report.line("monitors %,d, interval %ss, warm-up %ss, window %ss, database %s", MONITORS, INTERVAL.toSeconds(),
                WARMUP.toSeconds(), WINDOW.toSeconds(), database);
        report.line("settings: %s", settings());

        scheduler.pause();
        await(Duration.ofMinutes(2), () -> scheduler.getCurrentlyExecuting().isEmpty());
        int stale = jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = ?", TASK);
        if (stale > 0) {
            report.line("removed %,d monitor executions left by an earlier run", stale);
        }

        try (Stub stub = Stub.start()) {
            TestAgency agency = fixtures.anAgency();
            agency.scope().run(() -> allowList.add("127.0.0.1"));
            List<IntegrationDetails> integrations = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                ClientDetails client = fixtures.aClient(agency);
                for (int i = 0; i < INTEGRATIONS_PER_CLIENT; i++) {
                    integrations.add(fixtures.anIntegration(agency, client));
                }
            }

            // 1. Create them through the service, in transactions of BATCH, with the
            // scheduler paused.
            long createStart = System.nanoTime();
            List<MonitorDetails> created = create(agency, integrations, stub.url());
            Duration creation = Duration.ofNanos(System.nanoTime() - createStart);
            long due = jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?", Long.class,
                    TASK);
            report.line("");
            report.line(
                    "Creation: %,d monitors through MonitorService.create in transactions of %d: %s "
                            + "(%.0f monitors/s); %,d executions scheduled, all due at their creation (\"now\")",
                    created.size(), BATCH, seconds(creation), created.size() / secs(creation), due);
            assertThat(due).isEqualTo(MONITORS);

            // 2. "All now": resume and measure how long the backlog takes to drain.
            probe.record(Instant.now());
            long burstRequests = stub.requests.get();
            Cpu burstCpuStart = Cpu.sample(database);
            Instant resumed = Instant.now();
            scheduler.resume();
            boolean drained = await(Duration.ofMinutes(5), () -> probe.monitorsStarted() >= MONITORS);
            Duration drain = Duration.between(resumed, Instant.now());
            Cpu.Delta burstCpu = Cpu.sample(database).since(burstCpuStart);
            await(Duration.ofMinutes(1), () -> probe.completed.get() >= MONITORS);
            Samples burst = probe.stop();
            report.line("");
            report.line("All due now (as created): %s; every monitor's first check started within %s of resuming "
                    + "(%.0f checks/s); lag since resume p50 %s p99 %s max %s; %,d checks completed, %d executions "
                    + "threw; %,d stub requests", drained ? "drained" : "NOT drained in 5 min", seconds(drain),
                    burst.monitors.size() / secs(drain), millis(burst.lags.percentile(50)),
                    millis(burst.lags.percentile(99)), millis(burst.lags.max()), probe.completed.get(),
                    probe.failed.get(), stub.requests.get() - burstRequests);
            report.line("  while draining: application JVM %.2f cores, PostgreSQL %.2f, whole machine %.2f (%s)",
                    burstCpu.jvmCores(), burstCpu.benchPostgresCores(), burstCpu.machineCores(), burstCpu.gc());

            // 3. Steady state: spread the next checks evenly over one interval, warm up,
            // then measure.
            scheduler.pause();
            await(Duration.ofMinutes(2), () -> scheduler.getCurrentlyExecuting().isEmpty());
            Instant spreadStart = Instant.now().plusSeconds(15);
            long spreadNanos = INTERVAL.toNanos() / MONITORS;
            long spreadBegin = System.nanoTime();
            for (int from = 0; from < created.size(); from += BATCH) {
                List<MonitorDetails> batch = created.subList(from, Math.min(from + BATCH, created.size()));
                int offset = from;
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    for (int i = 0; i < batch.size(); i++) {
                        scheduler.reschedule(TaskInstanceId.of(TASK, batch.get(i).id().toString()),
                                spreadStart.plusNanos((offset + i) * spreadNanos));
                    }
                });
            }
            Duration spreading = Duration.ofNanos(System.nanoTime() - spreadBegin);
            assertThat(Instant.now()).as("rescheduling must end before the first spread check").isBefore(spreadStart);
            probe.forgetStarts();
            scheduler.resume();
            sleepUntil(spreadStart.plus(WARMUP));

            probe.record(null);
            Stub.Counter requestsAtStart = stub.counter();
            Cpu cpuStart = Cpu.sample(database);
            Map<String, long[]> pgStart = databaseActivity();
            JfrRecording jfr = JfrRecording.startIfAsked();
            Instant windowStart = Instant.now();
            List<String> timeline = new ArrayList<>();
            Cpu previous = cpuStart;
            Instant nextTick = windowStart.plus(TIMELINE_STEP);
            Instant windowEnd = windowStart.plus(WINDOW);
            while (nextTick.compareTo(windowEnd) <= 0) {
                sleepUntil(nextTick);
                Cpu now = Cpu.sample(database);
                timeline
                    .add(timelineRow(Duration.between(windowStart, nextTick), probe.current(), now.since(previous)));
                previous = now;
                nextTick = nextTick.plus(TIMELINE_STEP);
            }
            sleepUntil(windowEnd);
            Cpu cpuEnd = Cpu.sample(database);
            Samples window = probe.stop();
            Map<String, long[]> pgEnd = databaseActivity();
            jfr.stop();
            long stubRequests = requestsAtStart.since();
            Duration measured = Duration.between(windowStart, Instant.now());
            Cpu.Delta cpu = cpuEnd.since(cpuStart);
            long[] outcomes = observations(agency, windowStart, windowEnd);

            double expectedRate = MONITORS / secs(INTERVAL);
            long started = window.lags.count();
            report.line("Spread: next checks rescheduled over %ss in %s, then %ss warm-up", INTERVAL.toSeconds(),
                    seconds(spreading), WARMUP.toSeconds());
            report.line("");
            report.line("Steady state, %s window:", seconds(measured));
            report.line("  scheduling lag      p50 %s  p95 %s  p99 %s  max %s  (%,d checks; over 2 s: %,d)",
                    millis(window.lags.percentile(50)), millis(window.lags.percentile(95)),
                    millis(window.lags.percentile(99)), millis(window.lags.max()), started,
                    window.lags.countAbove(2_000_000));
            report.line("  checks/s            %.1f achieved vs %.1f expected (%.1f%%); stub answered %,d requests",
                    started / secs(measured), expectedRate, 100.0 * started / secs(measured) / expectedRate,
                    stubRequests);
            report.line("  check duration      p50 %s  p99 %s  max %s (execution: load, HTTP, store, reschedule)",
                    millis(window.durations.percentile(50)), millis(window.durations.percentile(99)),
                    millis(window.durations.max()));
            report.line("  interval reached    mean %s  p99 %s  max %s between two starts of one monitor",
                    millis(window.gaps.mean()), millis(window.gaps.percentile(99)), millis(window.gaps.max()));
            report.line("  monitors checked    %,d of %,d in the window (missed: %,d)", window.monitors.size(),
                    MONITORS, MONITORS - window.monitors.size());
            report.line("  failures            %,d executions threw; observations stored %,d, of them down %,d",
                    probe.failed.get(), outcomes[0], outcomes[1]);
            report.line(
                    "  CPU (cores)         application JVM %.2f (incl. the in-process stub), PostgreSQL "
                            + "backends of %s %.2f, other PostgreSQL %.2f, whole machine %.2f of %d",
                    cpu.jvmCores(), database, cpu.benchPostgresCores(), cpu.otherPostgresCores(), cpu.machineCores(),
                    Runtime.getRuntime().availableProcessors());
            report.line("  CPU per check       %.2f ms JVM + %.2f ms PostgreSQL",
                    1000.0 * cpu.jvmCores() * secs(measured) / Math.max(1, started),
                    1000.0 * cpu.benchPostgresCores() * secs(measured) / Math.max(1, started));
            report.line("  GC                  %s; load average %s -> %s", cpu.gc(), cpuStart.loadAverage(),
                    cpuEnd.loadAverage());
            report.line("  PostgreSQL per check (pg_stat_database, pg_stat_user_tables):");
            perCheck(pgStart, pgEnd, started).forEach(row -> report.line("    %s", row));
            report.line("");
            report.line("  %-8s %9s %9s %9s %9s %7s %7s %7s", "t", "checks/s", "lag p50", "lag p99", "lag max", "JVM",
                    "PG", "machine");
            timeline.forEach(row -> report.line("  %s", row));
            jfr.path().ifPresent(path -> report.line("JFR recording of the window: %s", path));

            scheduler.pause();
            await(Duration.ofMinutes(2), () -> scheduler.getCurrentlyExecuting().isEmpty());
            jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = ?", TASK);
            report.write();

            assertThat(window.monitors).as("every monitor is checked in the window").hasSize(MONITORS);
        }
        finally {
            scheduler.resume();
        }
    }

    private List<MonitorDetails> create(TestAgency agency, List<IntegrationDetails> integrations, URI url) {
        List<MonitorDetails> created = new ArrayList<>(MONITORS);
        for (int from = 0; from < MONITORS; from += BATCH) {
            int to = Math.min(from + BATCH, MONITORS);
            int first = from;
            created.addAll(agency.scope().call(() -> new TransactionTemplate(transactionManager).execute(status -> {
                List<MonitorDetails> batch = new ArrayList<>(to - first);
                for (int n = first; n < to; n++) {
                    IntegrationDetails integration = integrations.get(n % integrations.size());
                    batch.add(monitors.create(new MonitorDraft(integration.id(), "Health " + n,
                            new CheckDefinition("GET", url.resolve("/health/" + n), Map.of(), null,
                                    Duration.ofSeconds(5),
                                    new CheckAssertions(Set.of(200), null, null, List.of(), List.of(), null), null),
                            INTERVAL, true)));
                }
                return batch;
            })));
        }
        return created;
    }

    /** Observations stored for checks that started in the window: total and down. */
    private long[] observations(TestAgency agency, Instant from, Instant to) {
        return agency.scope()
            .call(() -> new TransactionTemplate(transactionManager).execute(status -> jdbc.queryForObject(
                    "SELECT count(*), count(*) FILTER (WHERE failure_class IS NOT NULL) "
                            + "FROM observation WHERE source = 'MONITOR' AND observed_at >= ? AND observed_at < ?",
                    (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, Timestamp.from(from),
                    Timestamp.from(to))));
    }

    /**
     * The database's counters: "db" (commits, rollbacks, rows returned, fetched,
     * inserted, updated, deleted) and per table (sequential scans, index scans, inserted,
     * updated, HOT-updated, deleted); day partitions of observation are summed.
     */
    private Map<String, long[]> databaseActivity() {
        Map<String, long[]> activity = new LinkedHashMap<>();
        activity.put("db", jdbc.queryForObject("SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, "
                + "tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()",
                (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7) }));
        jdbc.query("SELECT relname, coalesce(seq_scan, 0), coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, "
                + "n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables", rs -> {
                    String table = rs.getString(1).startsWith("observation") ? "observation*" : rs.getString(1);
                    long[] sum = activity.computeIfAbsent(table, t -> new long[6]);
                    for (int i = 0; i < 6; i++) {
                        sum[i] += rs.getLong(i + 2);
                    }
                });
        return activity;
    }

    private static List<String> perCheck(Map<String, long[]> before, Map<String, long[]> after, long checks) {
        double n = Math.max(1, checks);
        List<String> rows = new ArrayList<>();
        long[] db = delta(before.get("db"), after.get("db"));
        rows.add("transactions %.1f (rollbacks %.2f), rows returned %.0f, fetched %.1f, inserted %.1f, updated %.1f, "
            .formatted(db[0] / n, db[1] / n, db[2] / n, db[3] / n, db[4] / n, db[5] / n)
                + "deleted %.2f".formatted(db[6] / n));
        after.forEach((table, counts) -> {
            if (table.equals("db")) {
                return;
            }
            long[] d = delta(before.get(table), counts);
            if (Arrays.stream(d).allMatch(v -> v == 0)) {
                return;
            }
            rows.add("%-22s seq scans %.2f, index scans %.2f, inserts %.2f, updates %.2f (HOT %.2f), deletes %.2f"
                .formatted(table, d[0] / n, d[1] / n, d[2] / n, d[3] / n, d[4] / n, d[5] / n));
        });
        return rows;
    }

    private static long[] delta(long[] before, long[] after) {
        long[] d = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            d[i] = after[i] - (before == null ? 0 : before[i]);
        }
        return d;
    }

    private String settings() {
        List<String> keys = List.of("db-scheduler.threads", "db-scheduler.polling-interval",
                "db-scheduler.polling-strategy", "db-scheduler.polling-strategy-lower-limit-fraction-of-threads",
                "db-scheduler.polling-strategy-upper-limit-fraction-of-threads", "db-scheduler.heartbeat-interval",
                "spring.datasource.hikari.maximum-pool-size");
        Map<String, String> shown = new LinkedHashMap<>();
        keys.forEach(key -> shown.put(shortName(key), environment.getProperty(key, "(default)")));
        overrides().forEach((key, value) -> shown.putIfAbsent(shortName(key), value));
        return shown.toString();
    }

    private static String shortName(String key) {
        return key.replace("db-scheduler.", "").replace("spring.datasource.hikari.", "hikari.");
    }

    private static String timelineRow(Duration at, Samples.Snapshot interval, Cpu.Delta cpu) {
        return "%-8s %9.1f %9s %9s %9s %7.2f %7.2f %7.2f".formatted(at.toSeconds() + "s",
                interval.count() / secs(TIMELINE_STEP), millis(interval.percentile(50)),
                millis(interval.percentile(99)), millis(interval.max()), cpu.jvmCores(), cpu.benchPostgresCores(),
                cpu.machineCores());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Records every monitor check's start, lag and duration while asked to; cheap enough
     * for the listener thread.
     */
    static final class Probe extends AbstractSchedulerListener {

        final AtomicLong completed = new AtomicLong();

        final AtomicLong failed = new AtomicLong();

        private final Map<String, Long> lastStartNanos = new ConcurrentHashMap<>();

        private volatile Samples samples;

        private volatile Instant lagFloor;

        /**
         * @param lagFloor lag is measured from this instant for executions due before it;
         * null for none
         */
        void record(Instant lagFloor) {
            this.lagFloor = lagFloor;
            completed.set(0);
            failed.set(0);
            samples = new Samples(System.nanoTime());
        }

        Samples stop() {
            Samples done = samples;
            samples = null;
            return done;
        }

        /** Intervals are measured between starts after this call only. */
        void forgetStarts() {
            lastStartNanos.clear();
        }

        int monitorsStarted() {
            Samples current = samples;
            return current == null ? 0 : current.monitors.size();
        }

        /** The samples since the last call, for the timeline. */
        Samples.Snapshot current() {
            return samples.sinceLastSnapshot();
        }

        @Override
        public void onExecutionStart(CurrentlyExecuting execution) {
            if (!TASK.equals(execution.getTaskInstance().getTaskName())) {
                return;
            }
            Instant now = Instant.now();
            long nanos = System.nanoTime();
            String id = execution.getTaskInstance().getId();
            Long previous = lastStartNanos.put(id, nanos);
            Samples current = samples;
            if (current == null) {
                return;
            }
            Instant due = execution.getExecution().executionTime;
            Instant floor = lagFloor;
            if (floor != null && due.isBefore(floor)) {
                due = floor;
            }
            current.lags.add(Duration.between(due, now).toNanos() / 1000);
            current.monitors.add(id);
            if (previous != null) {
                current.gaps.add((nanos - previous) / 1000);
            }
        }

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            if (!TASK.equals(complete.getExecution().taskInstance.getTaskName())) {
                return;
            }
            Samples current = samples;
            if (current == null) {
                return;
            }
            current.durations.add(complete.getDuration().toNanos() / 1000);
            completed.incrementAndGet();
            if (complete.getResult() == ExecutionComplete.Result.FAILED) {
                failed.incrementAndGet();
            }
        }

    }

    /** Microsecond samples with the time they were taken. */
    static final class Samples {

        final Series lags;

        final Series gaps;

        final Series durations;

        final Set<String> monitors = ConcurrentHashMap.newKeySet();

        private int snapshotFrom;

        Samples(long originNanos) {
            lags = new Series(originNanos);
            gaps = new Series(originNanos);
            durations = new Series(originNanos);
        }

        Snapshot sinceLastSnapshot() {
            int to = Math.min(lags.size.get(), lags.values.length);
            Snapshot snapshot = new Snapshot(Arrays.copyOfRange(lags.values, snapshotFrom, to));
            snapshotFrom = to;
            return snapshot;
        }

        static final class Series {

            private final long origin;

            final long[] values = new long[1 << 21];

            final AtomicInteger size = new AtomicInteger();

            Series(long origin) {
                this.origin = origin;
            }

            void add(long micros) {
                int i = size.getAndIncrement();
                if (i < values.length) {
                    values[i] = micros;
                }
            }

            long count() {
                return Math.min(size.get(), values.length);
            }

            Snapshot snapshot() {
                return new Snapshot(Arrays.copyOf(values, (int) count()));
            }

            long percentile(double p) {
                return snapshot().percentile(p);
            }

            long max() {
                return snapshot().max();
            }

            long mean() {
                return snapshot().mean();
            }

            long countAbove(long micros) {
                return Arrays.stream(snapshot().sorted).filter(v -> v > micros).count();
            }

        }

        record Snapshot(long[] sorted) {
            Snapshot {
                sorted = sorted.clone();
                Arrays.sort(sorted);
            }

            int count() {
                return sorted.length;
            }

            long percentile(double p) {
                if (sorted.length == 0) {
                    return -1;
                }
                int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
                return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
            }

            long max() {
                return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
            }

            long mean() {
                return sorted.length == 0 ? -1 : (long) Arrays.stream(sorted).average().orElse(0);
            }
        }

    }

    /**
     * CPU of this JVM, of PostgreSQL's processes (from /proc) and of the whole machine,
     * at one moment.
     */
    record Cpu(long nanos, long jvmCpuNanos, Map<Integer, long[]> postgres, long machineBusyTicks, long gcCount,
            long gcMillis, String loadAverage) {

        private static final double TICKS_PER_SECOND = clockTicks();

        record Delta(double jvmCores, double benchPostgresCores, double otherPostgresCores, double machineCores,
                String gc) {
        }

        static Cpu sample(String database) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long gcCount = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcCount += Math.max(0, gc.getCollectionCount());
                gcMillis += Math.max(0, gc.getCollectionTime());
            }
            String[] load = read(Path.of("/proc/loadavg")).split(" ");
            return new Cpu(System.nanoTime(), os.getProcessCpuTime(), postgres(database), machineBusy(), gcCount,
                    gcMillis, load.length >= 3 ? String.join(" ", Arrays.copyOf(load, 3)) : "?");
        }

        Delta since(Cpu before) {
            double wall = (nanos - before.nanos) / 1e9;
            long bench = 0;
            long other = 0;
            for (var entry : postgres.entrySet()) {
                long[] was = before.postgres.get(entry.getKey());
                long ticks = entry.getValue()[0] - (was == null ? 0 : was[0]);
                if (entry.getValue()[1] == 1) {
                    bench += ticks;
                }
                else {
                    other += ticks;
                }
            }
            return new Delta((jvmCpuNanos - before.jvmCpuNanos) / 1e9 / wall, bench / TICKS_PER_SECOND / wall,
                    other / TICKS_PER_SECOND / wall,
                    (machineBusyTicks - before.machineBusyTicks) / TICKS_PER_SECOND / wall,
                    "%d collections, %d ms".formatted(gcCount - before.gcCount, gcMillis - before.gcMillis));
        }

        /**
         * pid to {utime + stime in ticks, 1 if a backend of the benchmark's database}.
         */
        private static Map<Integer, long[]> postgres(String database) {
            Map<Integer, long[]> result = new HashMap<>();
            try (var processes = Files.list(Path.of("/proc"))) {
                processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    try {
                        if (!"postgres".equals(Files.readString(p.resolve("comm")).strip())) {
                            return;
                        }
                        String title = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                        String stat = Files.readString(p.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        result.put(Integer.valueOf(p.getFileName().toString()),
                                new long[] { ticks, title.contains(" " + database + " ") ? 1 : 0 });
                    }
                    catch (IOException | RuntimeException gone) {
                        // The process ended while we looked.
                    }
                });
            }
            catch (IOException e) {
                // No /proc: PostgreSQL's share is not measured.
            }
            return result;
        }

        private static long machineBusy() {
            String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu").trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        }

        private static double clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                getconf.waitFor();
                return Double.parseDouble(out);
            }
            catch (IOException | RuntimeException e) {
                return 100;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }

        private static String read(Path path) {
            try {
                return Files.readString(path);
            }
            catch (IOException e) {
                return "";
            }
        }
    }

    /**
     * The monitored API: 200 with a tiny JSON body, on 127.0.0.1, one virtual thread per
     * exchange.
     */
    record Stub(HttpServer server, AtomicLong requests) implements AutoCloseable {

        static Stub start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
            AtomicLong requests = new AtomicLong();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                try (exchange; InputStream in = exchange.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                    requests.incrementAndGet();
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return new Stub(server, requests);
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        Counter counter() {
            return new Counter(requests, requests.get());
        }

        record Counter(AtomicLong requests, long start) {
            long since() {
                return requests.get() - start;
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Flight Recorder over the measured window, when -Dbench.jfr=true. */
    record JfrRecording(jdk.jfr.Recording recording, Path file) {

        static JfrRecording startIfAsked() throws IOException, ParseException {
            if (!Boolean.getBoolean("bench.jfr")) {
                return new JfrRecording(null, null);
            }
            var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
            Files.createDirectories(Path.of("target/benchmarks"));
            return new JfrRecording(recording, Path.of("target/benchmarks/monitor-scheduling.jfr").toAbsolutePath());
        }

        void stop() throws IOException {
            if (recording != null) {
                recording.stop();
                recording.dump(file);
                recording.close();
            }
        }

        Optional<Path> path() {
            return Optional.ofNullable(file);
        }
    }

    /** {@link BenchReport} with formatting. */
    static final class Report {

        private final BenchReport report = new BenchReport("monitor-scheduling");

        void line(String format, Object... args) {
            report.line(args.length == 0 ? format : format.formatted(args));
        }

        void write() {
            report.save();
        }

    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Map<String, String> overrides() {
        Map<String, String> result = new LinkedHashMap<>();
        String props = System.getProperty("bench.props");
        if (props != null && !props.isBlank()) {
            for (String pair : props.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    result.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }
        return result;
    }

    /**
     * Polls every 100 ms.
     * @return whether the condition held within the limit
     */
    private static boolean await(Duration limit, Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(100)).until(condition);
            return true;
        }
        catch (ConditionTimeoutException timedOut) {
            return false;
        }
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static double secs(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(secs(duration));
    }

    private static String millis(long micros) {
        if (micros < 0) {
            return "-";
        }
        return micros >= 10_000_000 ? "%.1f s".formatted(micros / 1e6) : "%d ms".formatted(Math.round(micros / 1e3));
    }

}
