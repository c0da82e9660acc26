package io.plumbline.monitoring.internal;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The ranges a monitor must not reach without an allow-list: our own host, our network, the cloud's control plane. */
public final class AddressRanges {

    /** What an address is, in words for the user, and whether an agency admin may allow-list it. */
    public record Restricted(String description, boolean allowListable) {
    }

    private record Range(Cidr cidr, Restricted kind) {
    }

    // Instance metadata hands out the platform's own cloud credentials: no agency may reach it.
    private static final Restricted METADATA = new Restricted("a cloud metadata address", false);
    private static final Restricted UNSPECIFIED = new Restricted("an unspecified address", true);
    private static final Restricted LOOPBACK = new Restricted("a loopback address", true);
    private static final Restricted LINK_LOCAL = new Restricted("a link-local address", true);
    private static final Restricted PRIVATE = new Restricted("a private address", true);
    private static final Restricted SHARED = new Restricted("a carrier-grade NAT address", true);
    private static final Restricted MULTICAST = new Restricted("a multicast address", true);
    private static final Restricted RESERVED = new Restricted("a reserved address", true);

    // First match wins, so the metadata addresses come before the link-local and private ranges holding them.
    private static final List<Range> RANGES = List.of(
            range("169.254.169.254/32", METADATA),
            range("fd00:ec2::254/128", METADATA),
            range("0.0.0.0/8", UNSPECIFIED),
            range("::/128", UNSPECIFIED),
            range("127.0.0.0/8", LOOPBACK),
            range("::1/128", LOOPBACK),
            range("169.254.0.0/16", LINK_LOCAL),
            range("fe80::/10", LINK_LOCAL),
            range("10.0.0.0/8", PRIVATE),
            range("172.16.0.0/12", PRIVATE),
            range("192.168.0.0/16", PRIVATE),
            range("fc00::/7", PRIVATE),
            range("fec0::/10", PRIVATE),
            range("100.64.0.0/10", SHARED),
            range("224.0.0.0/4", MULTICAST),
            range("ff00::/8", MULTICAST),
            range("240.0.0.0/4", RESERVED));

    // IPv6 forms that carry an IPv4 address in their last 32 bits and reach it: IPv4-compatible and NAT64.
    // (IPv4-mapped ::ffff:a.b.c.d never gets here: the JDK turns it into an IPv4 address.)
    private static final List<Cidr> EMBEDDING_IPV4 = List.of(Cidr.of("::/96"), Cidr.of("64:ff9b::/96"));

    private AddressRanges() {
    }

    public static Optional<Restricted> classify(InetAddress address) {
        return classify(address.getAddress());
    }

    private static Optional<Restricted> classify(byte[] address) {
        for (Range range : RANGES) {
            if (range.cidr().contains(address)) {
                return Optional.of(range.kind());
            }
        }
        if (address.length == 16 && EMBEDDING_IPV4.stream().anyMatch(prefix -> prefix.contains(address))) {
            return classify(Arrays.copyOfRange(address, 12, 16));
        }
        return Optional.empty();
    }

    private static Range range(String cidr, Restricted kind) {
        return new Range(Cidr.of(cidr), kind);
    }
}
