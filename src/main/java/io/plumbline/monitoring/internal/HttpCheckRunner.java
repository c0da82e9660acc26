package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.CheckOutcome;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.FailureClass;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.OutboundUrlGuard.Allowed;
import io.plumbline.monitoring.OutboundUrlGuard.Decision;
import io.plumbline.monitoring.OutboundUrlGuard.Refused;
import io.plumbline.monitoring.PinnedConnection;
import io.plumbline.monitoring.internal.ResponseEvaluator.Verdict;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * Runs checks with the JDK's HTTP client. Each run gets a fresh client, closed
 * afterwards: a check measures what a new caller sees (connect and TLS included), and no
 * pooled connection outlives the guard's verdict. Every attempt connects to an address
 * the guard approved for that attempt ({@link PinnedConnection}), never to a fresh
 * lookup. The whole exchange, body included, must finish within the check's timeout,
 * which is also the connect timeout.
 */
public class HttpCheckRunner implements CheckRunner {

    /** Enough for any JSON an assertion reasonably looks at; the rest is never read. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final String USER_AGENT = "Plumbline-Monitor/1";

    private final OutboundUrlGuard guard;

    private final Clock clock;

    private final Sleeper sleeper;

    private final Backoff backoff;

    private final SSLContext tls;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param random for backoff jitter; shared by concurrent runs, so thread-safe (e.g.
     * {@code new Random()})
     */
    public HttpCheckRunner(OutboundUrlGuard guard, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this(guard, clock, sleeper, random, PinnedConnection.defaultTls());
    }

    /**
     * @param tls whom https checks trust; tests pass their own certificate authority
     */
    public HttpCheckRunner(OutboundUrlGuard guard, Clock clock, Sleeper sleeper, RandomGenerator random,
            SSLContext tls) {
        PinnedConnection.requireHostHeaderAllowed();
        this.guard = guard;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = new Backoff(random, clock);
        this.tls = tls;
    }

    private record Attempt(Verdict verdict, Integer status, Duration latency, Map<String, List<String>> headers,
            String bodyExcerpt, Optional<String> retryAfter) {

        static Attempt failed(FailureClass failureClass, String message, Duration latency) {
            return new Attempt(new Verdict(CheckOutcome.DOWN, failureClass, message, List.of()), null, latency,
                    Map.of(), "", Optional.empty());
        }

        boolean worthRetrying() {
            return verdict.outcome() == CheckOutcome.DOWN && verdict.failureClass().transientFailure();
        }
    }

    @Override
    public CheckResult run(CheckDefinition definition, Collection<String> allowList) {
        CheckDefinitionValidator.requireValid(definition);
        Instant startedAt = clock.instant();
        ResponseEvaluator evaluator = new ResponseEvaluator(definition.assertions());
        HttpClient client = PinnedConnection.clientFor(definition.url(), tls)
            .executor(executor)
            .connectTimeout(definition.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        try {
            return runAttempts(client, definition, allowList, evaluator, startedAt);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The check was interrupted.");
        }
        finally {
            client.shutdownNow();
        }
    }

    private CheckResult runAttempts(HttpClient client, CheckDefinition definition, Collection<String> allowList,
            ResponseEvaluator evaluator, Instant startedAt) throws InterruptedException {
        int maxAttempts = definition.retry().maxAttempts();
        String firstFailure = null;
        for (int number = 1;; number++) {
            // Before every attempt: the host may resolve elsewhere by now, and the
            // attempt goes where the guard saw it.
            Decision decision = guard.decide(definition.url(), allowList);
            if (decision instanceof Refused(String reason)) {
                return new CheckResult(startedAt, CheckOutcome.DOWN, FailureClass.BLOCKED_URL, number, false, null,
                        Duration.ZERO, Map.of(), "", List.of(), reason);
            }
            InetAddress approved = ((Allowed) decision).addresses().getFirst();
            Attempt attempt = exchange(client, request(definition, approved), evaluator, definition);
            if (!attempt.worthRetrying() || number == maxAttempts) {
                return result(startedAt, attempt, number, firstFailure);
            }
            if (firstFailure == null) {
                firstFailure = attempt.verdict().message();
            }
            sleeper.sleep(backoff.before(number, definition.retry(), attempt.retryAfter()));
        }
    }

    private static CheckResult result(Instant startedAt, Attempt attempt, int attempts, String firstFailure) {
        Verdict verdict = attempt.verdict();
        boolean retried = verdict.outcome() != CheckOutcome.DOWN && attempts > 1;
        String message = verdict.message();
        if (retried) {
            message += " It passed on attempt %d; the first attempt failed: %s".formatted(attempts, firstFailure);
        }
        else if (attempts > 1) {
            message += " Tried %d times.".formatted(attempts);
        }
        return new CheckResult(startedAt, verdict.outcome(), verdict.failureClass(), attempts, retried,
                attempt.status(), attempt.latency(), attempt.headers(), attempt.bodyExcerpt(), verdict.assertions(),
                message);
    }

    private static HttpRequest request(CheckDefinition definition, InetAddress approved) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(PinnedConnection.pinned(definition.url(), approved))
            .header("Host", PinnedConnection.hostHeader(definition.url()))
            .timeout(definition.timeout())
            .method(definition.method(), definition.body() == null ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(definition.body(), StandardCharsets.UTF_8));
        if (definition.headers().keySet().stream().noneMatch("User-Agent"::equalsIgnoreCase)) {
            builder.header("User-Agent", USER_AGENT);
        }
        definition.headers().forEach(builder::header);
        return builder.build();
    }

    private Attempt exchange(HttpClient client, HttpRequest request, ResponseEvaluator evaluator,
            CheckDefinition definition) throws InterruptedException {
        Duration timeout = definition.timeout();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request,
                info -> new CappedBodySubscriber(MAX_BODY_BYTES + 1));
        HttpResponse<byte[]> response;
        try {
            // The request timeout ends at the headers; this one also covers a body that
            // trickles in.
            response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException e) {
            pending.cancel(true);
            return Attempt.failed(FailureClass.TIMEOUT,
                    "No complete response within %s.".formatted(Phrases.millis(timeout)), since(start));
        }
        catch (ExecutionException e) {
            return failure(e.getCause(), definition, since(start));
        }
        catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        }
        Duration latency = since(start);
        byte[] bytes = response.body();
        boolean truncated = bytes.length > MAX_BODY_BYTES;
        // JSON is UTF-8 (RFC 8259); for any other body the decoding only shows in the
        // excerpt.
        String body = new String(bytes, 0, Math.min(bytes.length, MAX_BODY_BYTES), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers = Collections.unmodifiableMap(headers);
        Received received = new Received(response.statusCode(), headers, body, truncated, latency);
        int status = response.statusCode();
        Optional<String> retryAfter = status == 429 || status == 503 ? response.headers().firstValue("Retry-After")
                : Optional.empty();
        return new Attempt(evaluator.evaluate(received), status, latency, headers,
                body.substring(0, Math.min(body.length(), CheckResult.BODY_EXCERPT_CHARS)), retryAfter);
    }

    private static Attempt failure(Throwable cause, CheckDefinition definition, Duration latency) {
        String timeout = Phrases.millis(definition.timeout());
        Optional<SSLException> tls = find(cause, SSLException.class);
        if (tls.isPresent()) {
            return Attempt.failed(FailureClass.TLS, Phrases.sentence(
                    "The TLS handshake with %s failed: %s".formatted(definition.url().getHost(), describe(tls.get()))),
                    latency);
        }
        if (find(cause, HttpConnectTimeoutException.class).isPresent()) {
            return Attempt.failed(FailureClass.TIMEOUT, "Could not connect within %s.".formatted(timeout), latency);
        }
        if (find(cause, HttpTimeoutException.class).isPresent()) {
            return Attempt.failed(FailureClass.TIMEOUT, "No response within %s.".formatted(timeout), latency);
        }
        String where = hostAndPort(definition.url());
        Optional<ConnectException> notConnected = find(cause, ConnectException.class);
        if (notConnected.isPresent()) {
            // The JDK client reports a refused connection without a message.
            String why = notConnected.get().getMessage() == null ? "the connection was refused"
                    : notConnected.get().getMessage();
            return Attempt.failed(FailureClass.CONNECTION,
                    Phrases.sentence("Could not connect to %s: %s".formatted(where, why)), latency);
        }
        return Attempt.failed(FailureClass.CONNECTION,
                Phrases.sentence("The connection to %s failed: %s".formatted(where, describe(cause))), latency);
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }

    /**
     * The first message in the cause chain: the JDK often wraps "Connection refused" in a
     * message-less exception.
     */
    private static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Never the URL's authority: it may carry user:password. */
    private static String hostAndPort(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

}
