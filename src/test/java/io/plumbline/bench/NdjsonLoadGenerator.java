package io.plumbline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The load generator of {@link IngestionLoadBenchmark}, started by it as a process of its
 * own ({@code java -cp target/test-classes io.plumbline.bench.NdjsonLoadGenerator …}), so
 * that the server's JVM does no client work. It uses the JDK only: it posts the NDJSON
 * bodies it finds in a folder ({@code *.ndjson}, in turn) to the observations API over a
 * fixed number of connections (one thread and one HTTP/1.1 client each), first for a
 * warm-up and then for the measured window, and prints {@code MEASURE-START},
 * {@code MEASURE-END} and one {@code RESULT} line (key=value) on standard output. Every
 * answer other than 200 stops it with exit code 1.
 *
 * <p>
 * Arguments: URL, API key, bodies folder, events per body, connections, warm-up seconds,
 * measured seconds.
 */
public final class NdjsonLoadGenerator {

    private NdjsonLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String key = args[1];
        List<byte[]> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                bodies.add(Files.readAllBytes(file));
            }
        }
        int eventsPerBody = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        long warmUpNanos = Long.parseLong(args[5]) * 1_000_000_000L;
        long measureNanos = Long.parseLong(args[6]) * 1_000_000_000L;

        long start = System.nanoTime();
        long measureFrom = start + warmUpNanos;
        long measureTo = measureFrom + measureNanos;
        AtomicLong requests = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            latencies[c] = new long[1 << 16];
            threads.add(Thread.ofPlatform().name("sender-" + c).start(() -> {
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    int next = connection;
                    while (failure.get() == null) {
                        long sent = System.nanoTime();
                        if (sent >= measureTo) {
                            return;
                        }
                        HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(next++ % bodies.size())))
                            .build();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        // A request counts in the window if it started in it.
                        if (sent >= measureFrom) {
                            if (counts[connection] == latencies[connection].length) {
                                latencies[connection] = Arrays.copyOf(latencies[connection], counts[connection] * 2);
                            }
                            latencies[connection][counts[connection]++] = done - sent;
                            requests.incrementAndGet();
                        }
                    }
                }
                catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        sleepUntil(measureFrom);
        System.out.println("MEASURE-START");
        System.out.flush();
        sleepUntil(measureTo);
        System.out.println("MEASURE-END");
        System.out.flush();
        for (Thread thread : threads) {
            thread.join();
        }
        // Requests started before the end finish after it: the window is until the last
        // answer.
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        if (failure.get() != null) {
            failure.get().printStackTrace();
            System.out.println("FAILED " + failure.get());
            System.exit(1);
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("RESULT requests=%d events=%d seconds=%.3f p50=%.1f p99=%.1f max=%.1f%n", requests.get(),
                requests.get() * eventsPerBody, seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.flush();
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

}
