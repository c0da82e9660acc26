package io.plumbline.monitoring.internal;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an address lies, for the outbound URL guard: the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890, as of December 2026), plus multicast,
 * deprecated site-local and cloud metadata addresses. The most specific block containing
 * an address decides, so a globally reachable anycast address inside a refused block
 * passes, and a metadata address inside link-local is never allow-listable.
 *
 * <p>
 * IANA marks 6to4 ({@code 2002::/16}), Teredo ({@code 2001::/32}) and two deprecated
 * blocks "globally reachable: N/A": they are tunnels or relays whose destination depends
 * on an address inside them. They are refused (an admin can allow-list them); no
 * monitored API lives behind a 6to4 relay any more. IPv4-mapped, IPv4-compatible and
 * NAT64 addresses reach the IPv4 address in their last 32 bits, so that address is judged
 * instead.
 */
public final class SpecialPurposeAddresses {

    /** What the guard does with an address in a block. */
    public enum Reach {

        /** Globally reachable: no reason to refuse. */
        GLOBAL,
        /** Not globally reachable: refused unless allow-listed. */
        REFUSED,
        /**
         * Cloud instance metadata hands out the platform's own credentials: refused even
         * when allow-listed.
         */
        NEVER,
        /**
         * Carries an IPv4 address in its last 32 bits and reaches it: that address is
         * judged instead.
         */
        EMBEDS_IPV4

    }

    /**
     * One row of the table: the block, its registry name, the RFC defining it, and what
     * the guard does.
     */
    public record Block(IPAddress range, String name, String rfc, Reach reach) {

        /** "198.18.0.0/15, Benchmarking (RFC 2544)". */
        public String describe() {
            return "%s, %s (%s)".formatted(range.toCompressedString(), name, rfc);
        }
    }

    private static final List<Block> TABLE = List.of(
            // IANA IPv4 Special-Purpose Address Registry
            block("0.0.0.0/8", "This network", "RFC 791", Reach.REFUSED),
            block("0.0.0.0/32", "This host on this network", "RFC 1122", Reach.REFUSED),
            block("10.0.0.0/8", "Private-Use", "RFC 1918", Reach.REFUSED),
            block("100.64.0.0/10", "Shared Address Space (carrier-grade NAT)", "RFC 6598", Reach.REFUSED),
            block("127.0.0.0/8", "Loopback", "RFC 1122", Reach.REFUSED),
            block("169.254.0.0/16", "Link Local", "RFC 3927", Reach.REFUSED),
            block("172.16.0.0/12", "Private-Use", "RFC 1918", Reach.REFUSED),
            block("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890", Reach.REFUSED),
            block("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", Reach.REFUSED),
            block("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", Reach.REFUSED),
            block("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", Reach.GLOBAL),
            block("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", Reach.GLOBAL),
            block("192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 8880", Reach.REFUSED),
            block("192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 8880", Reach.REFUSED),
            block("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", Reach.REFUSED),
            block("192.31.196.0/24", "AS112-v4", "RFC 7535", Reach.GLOBAL),
            block("192.52.193.0/24", "AMT", "RFC 7450", Reach.GLOBAL),
            block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", Reach.REFUSED),
            block("192.168.0.0/16", "Private-Use", "RFC 1918", Reach.REFUSED),
            block("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", Reach.GLOBAL),
            block("198.18.0.0/15", "Benchmarking", "RFC 2544", Reach.REFUSED),
            block("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", Reach.REFUSED),
            block("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", Reach.REFUSED),
            block("240.0.0.0/4", "Reserved", "RFC 1112", Reach.REFUSED),
            block("255.255.255.255/32", "Limited Broadcast", "RFC 919", Reach.REFUSED),
            // IPv4 beyond the registry
            block("224.0.0.0/4", "Multicast", "RFC 5771", Reach.REFUSED),
            block("169.254.169.254/32", "Cloud instance metadata (AWS, Azure, GCP, Oracle, DigitalOcean)", "link-local",
                    Reach.NEVER),
            block("169.254.170.2/32", "AWS ECS task credentials", "link-local", Reach.NEVER),
            block("100.100.100.200/32", "Alibaba Cloud instance metadata", "shared address space", Reach.NEVER),
            // IANA IPv6 Special-Purpose Address Registry
            block("::1/128", "Loopback Address", "RFC 4291", Reach.REFUSED),
            block("::/128", "Unspecified Address", "RFC 4291", Reach.REFUSED),
            block("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291", Reach.EMBEDS_IPV4),
            block("64:ff9b::/96", "IPv4-IPv6 Translation (NAT64)", "RFC 6052", Reach.EMBEDS_IPV4),
            block("64:ff9b:1::/48", "IPv4-IPv6 Translation (local use)", "RFC 8215", Reach.REFUSED),
            block("100::/64", "Discard-Only Address Block", "RFC 6666", Reach.REFUSED),
            block("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780", Reach.REFUSED),
            block("2001::/23", "IETF Protocol Assignments", "RFC 2928", Reach.REFUSED),
            block("2001::/32", "Teredo", "RFC 4380", Reach.REFUSED),
            block("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", Reach.GLOBAL),
            block("2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", Reach.GLOBAL),
            block("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", "RFC 9665", Reach.GLOBAL),
            block("2001:2::/48", "Benchmarking", "RFC 5180", Reach.REFUSED),
            block("2001:3::/32", "AMT", "RFC 7450", Reach.GLOBAL),
            block("2001:4:112::/48", "AS112-v6", "RFC 7535", Reach.GLOBAL),
            block("2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", Reach.REFUSED),
            block("2001:20::/28", "ORCHIDv2", "RFC 7343", Reach.GLOBAL),
            block("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374", Reach.GLOBAL),
            block("2001:db8::/32", "Documentation", "RFC 3849", Reach.REFUSED),
            block("2002::/16", "6to4", "RFC 3056", Reach.REFUSED),
            block("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", Reach.GLOBAL),
            block("3fff::/20", "Documentation", "RFC 9637", Reach.REFUSED),
            block("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", Reach.REFUSED),
            block("fc00::/7", "Unique-Local", "RFC 4193", Reach.REFUSED),
            block("fe80::/10", "Link-Local Unicast", "RFC 4291", Reach.REFUSED),
            // IPv6 beyond the registry
            block("::/96", "IPv4-compatible Address (deprecated)", "RFC 4291", Reach.EMBEDS_IPV4),
            block("fec0::/10", "Site-Local (deprecated)", "RFC 3879", Reach.REFUSED),
            block("ff00::/8", "Multicast", "RFC 4291", Reach.REFUSED),
            block("fd00:ec2::254/128", "AWS instance metadata", "unique-local", Reach.NEVER));

    // Longest prefix first: the most specific block containing an address decides.
    private static final List<Block> MOST_SPECIFIC_FIRST = TABLE.stream()
        .sorted(Comparator.comparingInt((Block b) -> b.range().getNetworkPrefixLength()).reversed())
        .toList();

    private SpecialPurposeAddresses() {
    }

    /** Every block, in registry order. */
    public static List<Block> table() {
        return TABLE;
    }

    /** The most specific block holding the address; empty for ordinary global unicast. */
    public static Optional<Block> blockOf(IPAddress address) {
        return MOST_SPECIFIC_FIRST.stream().filter(b -> b.range().contains(address)).findFirst();
    }

    /**
     * The IPv4 address an {@link Reach#EMBEDS_IPV4} address reaches: its last 32 bits.
     */
    public static IPv4Address embeddedIpv4(IPAddress address) {
        return address.toIPv6().getEmbeddedIPv4Address();
    }

    /**
     * The address as ipaddress sees it, without any IPv6 scope (a scope never moves an
     * address into a block).
     */
    public static IPAddress of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? new IPv4Address(bytes) : new IPv6Address(bytes);
    }

    /**
     * An allow-list entry as a block: an address literal ({@code 10.0.0.5},
     * {@code fd00::1}, {@code [fd00::1]}), alone or with a prefix length
     * ({@code 10.0.0.0/8}; host bits are ignored, so {@code 10.1.2.3/8} is
     * {@code 10.0.0.0/8}). Never touches DNS: anything else is empty.
     */
    public static Optional<IPAddress> parseRange(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String literal = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        try {
            // The JDK parses the literal (no names, no wildcards); ipaddress does the
            // block arithmetic.
            IPAddress address = of(InetAddress.ofLiteral(literal));
            if (slash < 0) {
                return Optional.of(address);
            }
            int prefix = Integer.parseInt(trimmed.substring(slash + 1));
            return prefix < 0 || prefix > (address.isIPv4() ? 32 : 128) ? Optional.empty()
                    : Optional.of(address.toPrefixBlock(prefix));
        }
        catch (IllegalArgumentException notALiteralOrPrefix) {
            return Optional.empty();
        }
    }

    private static Block block(String cidr, String name, String rfc, Reach reach) {
        return new Block(new IPAddressString(cidr).getAddress().toPrefixBlock(), name, rfc, reach);
    }

}
