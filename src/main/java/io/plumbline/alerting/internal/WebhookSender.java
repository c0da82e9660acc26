package io.plumbline.alerting.internal;

import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.OutboundUrlGuard.Allowed;
import io.plumbline.monitoring.OutboundUrlGuard.Decision;
import io.plumbline.monitoring.OutboundUrlGuard.Refused;
import io.plumbline.monitoring.PinnedConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;

/**
 * POSTs one notice. The URL passes the outbound guard before every attempt (a host may
 * resolve elsewhere by now), the request goes to the address the guard approved
 * ({@link PinnedConnection}), no redirect is followed (it could lead inside our network),
 * and the whole exchange is bounded by {@link #TIMEOUT}. Signed notices carry
 * {@code X-Plumbline-Signature: sha256=HMAC(secret, timestamp + "." + body)} and the
 * timestamp, so a receiver can check both origin and freshness.
 */
public class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * How it went: a 2xx status means delivered. {@code status} is null when no response
     * came.
     */
    public record Result(boolean delivered, Integer status, String error) {
    }

    private final OutboundUrlGuard guard;

    private final SSLContext tls = PinnedConnection.defaultTls();

    public WebhookSender(OutboundUrlGuard guard) {
        PinnedConnection.requireHostHeaderAllowed();
        this.guard = guard;
    }

    public Result post(URI url, String body, String deliveryKey, Optional<String> signingSecret, Instant now,
            Collection<String> allowList) {
        Decision decision = guard.decide(url, allowList);
        if (decision instanceof Refused(String reason)) {
            return new Result(false, null, "Refused: " + reason);
        }
        InetAddress approved = ((Allowed) decision).addresses().getFirst();
        HttpRequest.Builder request = HttpRequest.newBuilder(PinnedConnection.pinned(url, approved))
            .header("Host", PinnedConnection.hostHeader(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Plumbline-Alerts/1")
            .header("X-Plumbline-Delivery", deliveryKey)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signingSecret.ifPresent(secret -> {
            String timestamp = Long.toString(now.getEpochSecond());
            request.header("X-Plumbline-Timestamp", timestamp)
                .header("X-Plumbline-Signature", "sha256=" + hmac(secret, timestamp + "." + body));
        });
        // A client per notice: its TLS names this URL's host, and no pooled connection
        // outlives the guard's verdict.
        try (HttpClient client = PinnedConnection.clientFor(url, tls)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()) {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() / 100 == 2;
            return new Result(ok, response.statusCode(), ok ? null : "HTTP " + response.statusCode());
        }
        catch (IOException e) {
            return new Result(false, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, null, "Interrupted");
        }
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

}
