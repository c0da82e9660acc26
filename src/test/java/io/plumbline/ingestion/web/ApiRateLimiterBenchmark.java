package io.plumbline.ingestion.web;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import io.plumbline.bench.BenchReport;
import io.plumbline.ingestion.ApiKeyId;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.shared.DatabaseDialect;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the shared rate limiter adds to each API request: its one statement on PostgreSQL,
 * against a bare {@code SELECT 1} round trip on the same pool and the key lookup every
 * request already makes. Not part of CI; run with
 * {@code ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiRateLimiterBenchmark}.
 */
@PostgresIntegrationTest
class ApiRateLimiterBenchmark {

    private static final int CALLS = Integer.getInteger("bench.calls", 5_000);

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    DatabaseDialect dialect;

    @Autowired
    Clock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeyService apiKeys;

    @Test
    void added_latency_per_request() throws Exception {
        TestAgency agency = fixtures.anAgency();
        String secret = agency.scope().call(() -> apiKeys.create("bench", null)).secret();
        ApiKeyId key = apiKeys.authenticate(secret).orElseThrow().key();
        // A rate no request reaches: every call takes the admitting branch, as nearly all
        // production requests do.
        ApiRateLimiter limiter = new ApiRateLimiter(jdbc, dialect, clock, 1_000_000, 1_000_000_000L);
        BenchReport report = new BenchReport("api-rate-limiter");
        report.line("load average before: " + BenchReport.loadAverage());

        report.line(figure("SELECT 1 (round-trip floor)",
                () -> jdbc.getJdbcTemplate().queryForObject("SELECT 1", Integer.class)));
        report.line(figure("API key lookup (every request, unchanged)", () -> apiKeys.authenticate(secret)));
        report.line(figure("rate limiter + last use (SET LOCAL synchronous_commit = off; UPDATE ... RETURNING; COMMIT)",
                () -> limiter.tryAcquire(key)));
        report.line(concurrent("rate limiter, 4 threads on the same key", 4, () -> limiter.tryAcquire(key)));
        List<ApiKeyId> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String other = agency.scope().call(() -> apiKeys.create("bench", null)).secret();
            keys.add(apiKeys.authenticate(other).orElseThrow().key());
        }
        report.line(concurrentPerKey("rate limiter, 4 threads, a key each", keys, limiter));
        report.line("load average after: " + BenchReport.loadAverage());
        report.save();
    }

    private static String figure(String what, Runnable call) {
        for (int i = 0; i < 500; i++) {
            call.run();
        }
        double[] micros = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - started) / 1e3;
        }
        return "%s: %,d calls, p50 %.0f µs, p95 %.0f µs, p99 %.0f µs".formatted(what, CALLS,
                BenchReport.percentile(micros.clone(), 0.5), BenchReport.percentile(micros.clone(), 0.95),
                BenchReport.percentile(micros.clone(), 0.99));
    }

    private static String concurrent(String what, int threads, Runnable call) throws Exception {
        return timed(what, threads, thread -> call);
    }

    private static String concurrentPerKey(String what, List<ApiKeyId> keys, ApiRateLimiter limiter) throws Exception {
        return timed(what, keys.size(), thread -> () -> limiter.tryAcquire(keys.get(thread)));
    }

    private static String timed(String what, int threads, IntFunction<Runnable> callOf) throws Exception {
        double[] micros = new double[CALLS * threads];
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    Runnable call = callOf.apply(thread);
                    for (int i = 0; i < CALLS; i++) {
                        long callStarted = System.nanoTime();
                        call.run();
                        micros[thread * CALLS + i] = (System.nanoTime() - callStarted) / 1e3;
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return "%s: %,d calls in %.1f s (%,.0f/s), p50 %.0f µs, p95 %.0f µs, p99 %.0f µs".formatted(what, micros.length,
                seconds, micros.length / seconds, BenchReport.percentile(micros.clone(), 0.5),
                BenchReport.percentile(micros.clone(), 0.95), BenchReport.percentile(micros.clone(), 0.99));
    }

}
