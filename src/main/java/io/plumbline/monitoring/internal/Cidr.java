package io.plumbline.monitoring.internal;

import java.net.InetAddress;
import java.util.Optional;

/** An IPv4 or IPv6 range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. */
public final class Cidr {

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses without touching DNS: anything that is not an address literal (with an optional prefix) is empty. */
    public static Optional<Cidr> parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(address).getAddress();
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
            return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new Cidr(bytes, prefix));
        } catch (IllegalArgumentException notALiteralOrPrefix) {
            return Optional.empty();
        }
    }

    static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a CIDR range: " + text));
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
