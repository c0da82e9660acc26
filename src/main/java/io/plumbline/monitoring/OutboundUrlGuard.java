package io.plumbline.monitoring;

import io.plumbline.monitoring.internal.AddressRanges;
import io.plumbline.monitoring.internal.AddressRanges.Restricted;
import io.plumbline.monitoring.internal.Cidr;
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
 * Keeps monitors, whose URLs users type, away from our own host and network (ARCHITECTURE.md, "Outbound requests").
 * Loopback, link-local, private, carrier-grade NAT, unspecified, multicast and reserved addresses are refused unless
 * the agency's allow-list names the host exactly or holds a CIDR range containing the address. Cloud metadata
 * endpoints are refused even then: they hand out the platform's credentials, never an agency's API.
 */
public class OutboundUrlGuard {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata");
    private static final String ALLOW_LIST_HINT = "an agency admin can allow-list it for self-hosted APIs.";

    private final HostResolver resolver;

    public OutboundUrlGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Why a request to this URL must not be sent, as a sentence for the form; empty if it may be. Resolves the host,
     * and refuses it if any of its addresses is restricted: a client may connect to any of them.
     */
    public Optional<String> refusalReason(URI url, Collection<String> allowList) {
        return refusalReason(url, allowList, false);
    }

    /**
     * As {@link #refusalReason(URI, Collection)}, but with {@code acceptUnresolvable} a host that does not resolve now
     * passes: for URLs saved for later (alert webhooks), which are checked again before every request.
     */
    public Optional<String> refusalReason(URI url, Collection<String> allowList, boolean acceptUnresolvable) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return Optional.of("Only http and https URLs can be monitored.");
        }
        if (url.getHost() == null) {
            return Optional.of("The URL has no host name.");
        }
        String host = bare(url.getHost());
        if (METADATA_HOSTS.contains(host)) {
            return Optional.of("%s is a cloud metadata endpoint; it can never be monitored.".formatted(host));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException unresolvable) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            return acceptUnresolvable ? Optional.empty()
                    : Optional.of("The host %s could not be resolved.".formatted(host));
        }
        List<String> entries = allowList.stream().filter(Objects::nonNull).map(String::strip).toList();
        boolean hostAllowListed = entries.stream().anyMatch(entry -> bare(entry).equals(host));
        List<Cidr> ranges = entries.stream().flatMap(entry -> Cidr.parse(entry).stream()).toList();
        for (InetAddress address : addresses) {
            Optional<Restricted> restricted = AddressRanges.classify(address);
            if (restricted.isEmpty()) {
                continue;
            }
            Restricted kind = restricted.get();
            boolean allowListed = hostAllowListed || ranges.stream().anyMatch(range -> range.contains(address));
            if (!kind.allowListable() || !allowListed) {
                return Optional.of(sentence(host, address, kind));
            }
        }
        return Optional.empty();
    }

    private static String sentence(String host, InetAddress address, Restricted kind) {
        String tail = kind.allowListable() ? ALLOW_LIST_HINT : "it can never be monitored.";
        return isLiteral(host, address)
                ? "%s is %s; %s".formatted(host, kind.description(), tail)
                : "%s resolves to %s, %s; %s".formatted(host, address.getHostAddress(), kind.description(), tail);
    }

    private static boolean isLiteral(String host, InetAddress address) {
        try {
            return InetAddress.ofLiteral(host).equals(address);
        } catch (IllegalArgumentException aName) {
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
