package io.plumbline.monitoring;

import inet.ipaddr.IPAddress;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses.Block;
import io.plumbline.monitoring.internal.SpecialPurposeAddresses.Reach;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps monitors, whose URLs users type, away from our own host and network
 * (docs/security.md, "Monitors: secrets and outbound requests"). Every address that the
 * IANA special-purpose registries do not mark globally reachable (loopback, private,
 * link-local, carrier-grade NAT, benchmarking, documentation, reserved, 6to4, Teredo, …;
 * the table is {@link SpecialPurposeAddresses}) is refused unless the agency's allow-list
 * names the host exactly or holds a CIDR range containing the address. Cloud metadata
 * endpoints are refused even then: they hand out the platform's credentials, never an
 * agency's API.
 *
 * <p>
 * The guard resolves the host once and returns the addresses it approved
 * ({@link Allowed}); a caller connects to one of those and to nothing else, so that a
 * name re-pointed between check and connect (DNS rebinding) cannot lead the request
 * elsewhere.
 */
public class OutboundUrlGuard {

    /** The guard's answer for one URL. */
    public sealed interface Decision {

    }

    /**
     * The request may go to these addresses, every one of which passed. Empty only for a
     * host that does not resolve now, when the caller asked to accept that (a URL saved
     * for later).
     */
    public record Allowed(List<InetAddress> addresses) implements Decision {
    }

    /** Nothing may be sent; the reason is a sentence for the form. */
    public record Refused(String reason) implements Decision {
    }

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata");

    private static final String ALLOW_LIST_HINT = "an agency admin can allow-list it for self-hosted APIs.";

    private final HostResolver resolver;

    public OutboundUrlGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Why a request to this URL must not be sent, as a sentence for the form; empty if it
     * may be.
     */
    public Optional<String> refusalReason(URI url, Collection<String> allowList) {
        return refusalReason(url, allowList, false);
    }

    /**
     * As {@link #refusalReason(URI, Collection)}, but with {@code acceptUnresolvable} a
     * host that does not resolve now passes: for URLs saved for later (alert webhooks),
     * which are checked again before every request.
     */
    public Optional<String> refusalReason(URI url, Collection<String> allowList, boolean acceptUnresolvable) {
        return decide(url, allowList, acceptUnresolvable) instanceof Refused(String reason) ? Optional.of(reason)
                : Optional.empty();
    }

    /**
     * Resolves the host once and judges every address: a client may connect to any of
     * them, so one restricted address refuses the URL. Connect only to the addresses of
     * an {@link Allowed}.
     */
    public Decision decide(URI url, Collection<String> allowList) {
        return decide(url, allowList, false);
    }

    private Decision decide(URI url, Collection<String> allowList, boolean acceptUnresolvable) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return new Refused("Only http and https URLs can be monitored.");
        }
        if (url.getHost() == null) {
            return new Refused("The URL has no host name.");
        }
        String host = bare(url.getHost());
        if (METADATA_HOSTS.contains(host)) {
            return new Refused("%s is a cloud metadata endpoint; it can never be monitored.".formatted(host));
        }
        List<InetAddress> addresses;
        try {
            addresses = List.copyOf(resolver.resolve(host));
        }
        catch (UnknownHostException unresolvable) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            return acceptUnresolvable ? new Allowed(List.of())
                    : new Refused("The host %s could not be resolved.".formatted(host));
        }
        List<String> entries = allowList.stream().filter(Objects::nonNull).map(String::strip).toList();
        boolean hostAllowListed = entries.stream().anyMatch(entry -> bare(entry).equals(host));
        List<IPAddress> ranges = entries.stream()
            .flatMap(entry -> SpecialPurposeAddresses.parseRange(entry).stream())
            .toList();
        for (InetAddress address : addresses) {
            IPAddress ip = SpecialPurposeAddresses.of(address);
            Optional<String> why = restriction(ip, hostAllowListed, ranges);
            if (why.isPresent()) {
                String where = isLiteral(host, address) ? host + " is"
                        : "%s resolves to %s, which is".formatted(host, ip.toCompressedString());
                return new Refused(where + " " + why.get());
            }
        }
        return new Allowed(addresses);
    }

    /**
     * Why this address is refused ("in 10.0.0.0/8, Private-Use (RFC 1918); an agency
     * admin can …"), if it is.
     */
    private static Optional<String> restriction(IPAddress address, boolean hostAllowListed, List<IPAddress> ranges) {
        Optional<Block> found = SpecialPurposeAddresses.blockOf(address);
        if (found.isEmpty() || found.get().reach() == Reach.GLOBAL) {
            return Optional.empty();
        }
        Block block = found.get();
        boolean allowListed = hostAllowListed || ranges.stream().anyMatch(range -> range.contains(address));
        return switch (block.reach()) {
            case GLOBAL -> Optional.empty();
            case NEVER -> Optional.of("in %s; it can never be monitored.".formatted(block.describe()));
            case REFUSED ->
                allowListed ? Optional.empty() : Optional.of("in %s; %s".formatted(block.describe(), ALLOW_LIST_HINT));
            case EMBEDS_IPV4 -> {
                IPAddress inside = SpecialPurposeAddresses.embeddedIpv4(address);
                // An admin may allow-list either form: the IPv6 address itself or the
                // IPv4 address it reaches.
                yield restriction(inside, allowListed, ranges)
                    .map(why -> "in %s and reaches %s, %s".formatted(block.describe(), inside, why));
            }
        };
    }

    private static boolean isLiteral(String host, InetAddress address) {
        try {
            return InetAddress.ofLiteral(host).equals(address);
        }
        catch (IllegalArgumentException aName) {
            return false;
        }
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        // "example.com." and "example.com" are the same host.
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

}
