package io.plumbline;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free local port, and the mail settings that point
 * the app at it. As a static {@code @RegisterExtension} field it runs for the whole test
 * class; otherwise it is not started, and tests start and stop it to play "SMTP down,
 * then up".
 */
public final class LocalSmtp implements BeforeAllCallback, AfterAllCallback {

    private final int port = freePort();

    private final GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    public GreenMail server() {
        return server;
    }

    /** The port the server listens on once started (known before it starts). */
    public int port() {
        return port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /**
     * For a {@code @DynamicPropertySource}: short timeouts so that "SMTP down" fails an
     * attempt quickly.
     */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
