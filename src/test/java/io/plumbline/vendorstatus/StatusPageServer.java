package io.plumbline.vendorstatus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Atlassian Statuspage on 127.0.0.1: serves {@code /api/v2/summary.json} and
 * {@code /api/v2/incidents.json} from the fixtures under
 * {@code src/test/resources/vendorstatus}, with an ETag per document (answering 304 to a
 * matching If-None-Match), an optional delay, and a record of every request.
 */
final class StatusPageServer implements AutoCloseable {

    record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private volatile Duration delay = Duration.ZERO;

    StatusPageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves summary-{stage}.json and incidents-{stage}.json from now on. */
    StatusPageServer stage(String stage) {
        documents.put("/api/v2/summary.json", fixture("summary-" + stage + ".json"));
        documents.put("/api/v2/incidents.json", fixture("incidents-" + stage + ".json"));
        return this;
    }

    StatusPageServer serve(String path, String fixture) {
        documents.put(path, fixture(fixture));
        return this;
    }

    void delay(Duration wait) {
        delay = wait;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void forgetRequests() {
        requests.clear();
    }

    static byte[] fixture(String name) {
        try (InputStream in = StatusPageServer.class.getResourceAsStream("/vendorstatus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] body) {
        return "\"" + HexFormat.of().toHexDigits(java.util.Arrays.hashCode(body)) + "\"";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            Thread.sleep(delay);
            byte[] body = documents.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = etag(body);
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static String text(String fixture) {
        return new String(fixture(fixture), StandardCharsets.UTF_8);
    }

}
