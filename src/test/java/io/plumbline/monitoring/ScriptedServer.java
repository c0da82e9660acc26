package io.plumbline.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SSLContext;

/**
 * A local HTTP(S) server on 127.0.0.1 (or another loopback address) that answers with a
 * script of replies, repeating the last one, and records requests.
 */
public final class ScriptedServer implements AutoCloseable {

    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        public static Reply of(int status) {
            return of(status, "");
        }

        public static Reply of(int status, String body) {
            return new Reply(status, Map.of(), body, Duration.ZERO);
        }

        public static Reply json(String body) {
            return of(200, body).withHeader("Content-Type", "application/json; charset=utf-8");
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }
    }

    /** {@code serverNames}: the TLS SNI names the client sent (empty over plain HTTP). */
    public record Request(String method, Map<String, List<String>> headers, String body, List<String> serverNames) {

        public String header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        }
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private final Deque<Reply> script;

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ScriptedServer(HttpServer server, List<Reply> replies) {
        this.server = server;
        script = new ArrayDeque<>(replies);
        server.createContext("/", this::answer);
        // A slow reply must not hold up the next attempt.
        server.setExecutor(executor);
        server.start();
    }

    public static ScriptedServer replying(Reply... replies) throws IOException {
        return on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), replies);
    }

    /**
     * Listening on this address and port only (Linux answers on all of 127.0.0.0/8, so
     * 127.0.0.2 works too).
     */
    public static ScriptedServer on(InetSocketAddress where, Reply... replies) throws IOException {
        return new ScriptedServer(HttpServer.create(where, 0), List.of(replies));
    }

    /** HTTPS on 127.0.0.1 with the certificate of {@code tls}. */
    public static ScriptedServer overTls(SSLContext tls, Reply... replies) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new ScriptedServer(https, List.of(replies));
    }

    public URI url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            List<String> serverNames = exchange instanceof HttpsExchange tls
                    && tls.getSSLSession() instanceof ExtendedSSLSession session
                            ? session.getRequestedServerNames()
                                .stream()
                                .map(name -> new String(name.getEncoded(), StandardCharsets.US_ASCII))
                                .toList()
                            : List.of();
            requests.add(new Request(exchange.getRequestMethod(), headers, body, serverNames));
            Reply reply = next();
            Thread.sleep(reply.delay());
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Reply next() {
        return script.size() > 1 ? script.pollFirst() : script.peekFirst();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

}
