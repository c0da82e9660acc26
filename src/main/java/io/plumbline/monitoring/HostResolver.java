package io.plumbline.monitoring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Name resolution for {@link OutboundUrlGuard}, the only lookup an outbound request gets:
 * the request then connects to an address this returned ({@link PinnedConnection}). Tests
 * pass their own so that they never depend on DNS.
 */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

}
