package io.plumbline.monitoring;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Sends a request to the exact address the outbound guard approved
 * ({@link OutboundUrlGuard.Allowed}), closing the DNS-rebinding gap between the guard's
 * lookup and the HTTP client's own; monitors and alert webhooks use it. The JDK client
 * resolves names itself (and a JVM-wide {@code InetAddressResolverProvider} cannot tell
 * one check's lookup from another's, nor be relied on to load from a Spring Boot jar), so
 * the request URI carries the approved address as a literal and the name travels where
 * the server looks for it:
 * <ul>
 * <li>the {@code Host} header carries the URL's host and port (the JVM must allow it:
 * {@code jdk.httpclient.allowRestrictedHeaders=host}, set by {@code PlumblineApplication}
 * and the test plugins);</li>
 * <li>for https, the TLS SNI names the host, and the certificate is verified against the
 * host name, not the address (for an address literal the JDK client would verify nothing:
 * see {@link #clientFor});</li>
 * <li>HTTP/1.1 only: over HTTP/2 the JDK derives {@code :authority} from the URI, which
 * would name the address.</li>
 * </ul>
 */
public final class PinnedConnection {

    private static final String RESTRICTED_HEADERS_PROPERTY = "jdk.httpclient.allowRestrictedHeaders";

    private PinnedConnection() {
    }

    /**
     * Fails at start-up, not at the first check, if the JVM does not let a request carry
     * its own Host header.
     */
    public static void requireHostHeaderAllowed() {
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Host", "example.com");
        }
        catch (IllegalArgumentException restricted) {
            throw new IllegalStateException("Outbound requests connect to the address the guard approved and need the "
                    + "JVM option -D" + RESTRICTED_HEADERS_PROPERTY + "=host, set before any HTTP client is used "
                    + "(PlumblineApplication.main sets it).", restricted);
        }
    }

    /**
     * A client builder for requests to {@code url}'s host: HTTP/1.1, and for a host name,
     * TLS that sends it as SNI and verifies the certificate against it although the
     * connection goes to an address literal.
     */
    public static HttpClient.Builder clientFor(URI url, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        String host = url.getHost();
        if (host == null || isLiteral(host)) {
            return builder.sslContext(tls);
        }
        // The JDK client verifies the certificate against the peer host its SSLEngine was
        // created for, and creates it for the URI's host, the literal; NamedPeer creates
        // it for the name instead. The client copies SNI names from these parameters only
        // for a literal host, which a pinned URI always has.
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        SSLParameters parameters = tls.getDefaultSSLParameters();
        try {
            parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        catch (IllegalArgumentException notAnSniName) {
            // e.g. an underscore: the JDK would send no SNI for such a name either; the
            // certificate is still checked.
        }
        return builder.sslContext(new NamedPeer(tls, name)).sslParameters(parameters);
    }

    /**
     * The request's URI with the host replaced by {@code address}, port, path and query
     * unchanged.
     */
    public static URI pinned(URI url, InetAddress address) {
        String literal = address instanceof Inet6Address ? "[" + address.getHostAddress().replaceFirst("%.*$", "") + "]"
                : address.getHostAddress();
        StringBuilder text = new StringBuilder(url.getScheme()).append("://");
        if (url.getRawUserInfo() != null) {
            text.append(url.getRawUserInfo()).append('@');
        }
        text.append(literal);
        if (url.getPort() >= 0) {
            text.append(':').append(url.getPort());
        }
        text.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            text.append('?').append(url.getRawQuery());
        }
        return URI.create(text.toString());
    }

    /**
     * The {@code Host} header the URL would have had: its host, and its port if it names
     * one.
     */
    public static String hostHeader(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static boolean isLiteral(String host) {
        try {
            InetAddress.ofLiteral(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            return true;
        }
        catch (IllegalArgumentException aName) {
            return false;
        }
    }

    /**
     * The given TLS context, but every client engine is created for the host name,
     * whatever address is dialled.
     */
    private static final class NamedPeer extends SSLContext {

        NamedPeer(SSLContext delegate, String host) {
            super(new SSLContextSpi() {
                @Override
                protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                        throws KeyManagementException {
                    throw new KeyManagementException("Already initialised");
                }

                @Override
                protected SSLSocketFactory engineGetSocketFactory() {
                    return delegate.getSocketFactory();
                }

                @Override
                protected SSLServerSocketFactory engineGetServerSocketFactory() {
                    return delegate.getServerSocketFactory();
                }

                @Override
                protected SSLEngine engineCreateSSLEngine() {
                    return delegate.createSSLEngine(host, -1);
                }

                @Override
                protected SSLEngine engineCreateSSLEngine(String dialled, int port) {
                    return delegate.createSSLEngine(host, port);
                }

                @Override
                protected SSLSessionContext engineGetServerSessionContext() {
                    return delegate.getServerSessionContext();
                }

                @Override
                protected SSLSessionContext engineGetClientSessionContext() {
                    return delegate.getClientSessionContext();
                }

                @Override
                protected SSLParameters engineGetDefaultSSLParameters() {
                    return delegate.getDefaultSSLParameters();
                }

                @Override
                protected SSLParameters engineGetSupportedSSLParameters() {
                    return delegate.getSupportedSSLParameters();
                }
            }, delegate.getProvider(), delegate.getProtocol());
        }

    }

    /** The JVM's default TLS context (its trust store). */
    public static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has a default TLS context", e);
        }
    }

}
