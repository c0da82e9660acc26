package io.plumbline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An SMTP server on a free local port that misbehaves: {@link #silent()} accepts
 * connections and never says a word; {@link #dropAfterData()} takes a whole message and
 * hangs up instead of answering it (the client cannot know whether it was accepted).
 * Counts what it saw, so tests can compare it with what the app recorded.
 */
public final class BrokenSmtp implements AutoCloseable {

    private enum Behaviour {

        SILENT, DROP_AFTER_DATA

    }

    private final Behaviour behaviour;

    private final ServerSocket server;

    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private final AtomicInteger accepted = new AtomicInteger();

    private final AtomicInteger open = new AtomicInteger();

    private final AtomicInteger mostOpen = new AtomicInteger();

    private final AtomicInteger messagesCutOff = new AtomicInteger();

    private final AtomicReference<Instant> firstAccepted = new AtomicReference<>();

    private BrokenSmtp(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("broken-smtp-" + server.getLocalPort()).start(this::acceptAll);
    }

    public static BrokenSmtp silent() {
        return new BrokenSmtp(Behaviour.SILENT);
    }

    public static BrokenSmtp dropAfterData() {
        return new BrokenSmtp(Behaviour.DROP_AFTER_DATA);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections the client has not closed yet. */
    public int open() {
        return open.get();
    }

    /** The most connections open at the same time. */
    public int mostOpenAtOnce() {
        return mostOpen.get();
    }

    /** Messages received in full and then hung up on ({@link #dropAfterData()}). */
    public int messagesCutOff() {
        return messagesCutOff.get();
    }

    /** When the first connection was accepted; null before. */
    public Instant firstAccepted() {
        return firstAccepted.get();
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : connections) {
                socket.close();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                firstAccepted.compareAndSet(null, Instant.now());
                connections.add(socket);
                accepted.incrementAndGet();
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                Thread.ofVirtual().start(() -> serve(socket));
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            if (behaviour == Behaviour.SILENT) {
                while (in.read() != -1) {
                    // Says nothing; waits for the client to give up and close.
                }
                return;
            }
            OutputStream out = socket.getOutputStream();
            reply(out, "220 broken.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        // The message, read in full.
                    }
                    messagesCutOff.incrementAndGet();
                    return; // hang up instead of "250 OK"
                }
                if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                }
                reply(out, "250 OK");
            }
        }
        catch (IOException closedByClientOrTest) {
            // The client timed out, or the test closed the server.
        }
        finally {
            open.decrementAndGet();
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

}
