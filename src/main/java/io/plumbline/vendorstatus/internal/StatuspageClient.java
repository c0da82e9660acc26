package io.plumbline.vendorstatus.internal;

import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.OutboundUrlGuard.Allowed;
import io.plumbline.monitoring.OutboundUrlGuard.Decision;
import io.plumbline.monitoring.OutboundUrlGuard.Refused;
import io.plumbline.monitoring.PinnedConnection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs one Statuspage document: through the outbound URL guard (connecting only to the
 * address it approved), conditionally (If-None-Match, If-Modified-Since), within a
 * timeout that covers the body too, and reading at most a set number of bytes. Every
 * failure is a {@link FetchFailed} with a sentence for the page's error state.
 */
public class StatuspageClient {

    private static final String USER_AGENT = "Plumbline-VendorStatus/1";

    private final OutboundUrlGuard guard;

    private final Duration timeout;

    private final int maxBytes;

    public StatuspageClient(OutboundUrlGuard guard, Duration timeout, int maxBytes) {
        PinnedConnection.requireHostHeaderAllowed();
        this.guard = guard;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** What came back: 200 with a body and validators, or 304 (nothing changed). */
    public record Fetched(boolean notModified, byte[] body, String etag, String lastModified) {
    }

    public static final class FetchFailed extends Exception {

        FetchFailed(String message) {
            super(message);
        }

    }

    /** Why this status page URL cannot be polled, as a sentence; empty if it can. */
    public java.util.Optional<String> refusal(URI url, Collection<String> allowList) {
        return guard.refusalReason(url, allowList);
    }

    public Fetched get(URI url, String etag, String lastModified, Collection<String> allowList) throws FetchFailed {
        Decision decision = guard.decide(url, allowList);
        if (decision instanceof Refused(String reason)) {
            throw new FetchFailed(reason);
        }
        var address = ((Allowed) decision).addresses().getFirst();
        HttpRequest.Builder request = HttpRequest.newBuilder(PinnedConnection.pinned(url, address))
            .header("Host", PinnedConnection.hostHeader(url))
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/json")
            .timeout(timeout)
            .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        String where = url.getHost() + url.getRawPath();
        // Never close() (it waits for a slow exchange to finish): shut down instead.
        HttpClient client = PinnedConnection.clientFor(url, PinnedConnection.defaultTls())
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        try {
            CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long deadline = System.nanoTime() + timeout.toNanos();
            HttpResponse<InputStream> response;
            try {
                response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException slow) {
                pending.cancel(true);
                throw noAnswer(where);
            }
            catch (ExecutionException e) {
                // The request's own timeout and the wait above race: both mean the same
                // to the user.
                if (e.getCause() instanceof HttpTimeoutException) {
                    throw noAnswer(where);
                }
                throw new FetchFailed("%s could not be reached: %s".formatted(where, describe(e.getCause())));
            }
            int status = response.statusCode();
            if (status == 304) {
                response.body().close();
                return new Fetched(true, null, etag, lastModified);
            }
            if (status != 200) {
                response.body().close();
                throw new FetchFailed("%s answered HTTP %d.".formatted(where, status));
            }
            byte[] body = read(response.body(), deadline, where);
            return new Fetched(false, body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("The poll was interrupted.");
        }
        catch (IOException e) {
            throw new FetchFailed("%s could not be read: %s".formatted(where, describe(e)));
        }
        finally {
            client.shutdownNow();
        }
    }

    private FetchFailed noAnswer(String where) {
        return new FetchFailed("%s gave no answer within %s.".formatted(where, seconds(timeout)));
    }

    /**
     * Reads the body within what is left of the timeout, and at most {@code maxBytes}: a
     * body that trickles or never ends is cut off.
     */
    private byte[] read(InputStream in, long deadline, String where)
            throws FetchFailed, IOException, InterruptedException {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    out.write(chunk, 0, n);
                    if (out.size() > maxBytes) {
                        return null;
                    }
                }
                return out.toByteArray();
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
        try {
            byte[] body = reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (body == null) {
                throw new FetchFailed(
                        "%s answered with more than %d KB; nothing was stored.".formatted(where, maxBytes / 1024));
            }
            return body;
        }
        catch (TimeoutException slow) {
            in.close();
            throw new FetchFailed("%s did not finish its answer within %s.".formatted(where, seconds(timeout)));
        }
        catch (ExecutionException e) {
            throw new FetchFailed("%s could not be read: %s".formatted(where, describe(e.getCause())));
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
        }
        return failure == null ? "unknown error" : failure.getClass().getSimpleName();
    }

}
