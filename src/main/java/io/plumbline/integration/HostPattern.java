package io.plumbline.integration;

import io.plumbline.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A host, and optionally a path prefix, that HTTP client spans of an integration go to
 * (docs/otlp.md): {@code api.hubapi.com} or {@code api.hubapi.com/crm/v3}. The host is
 * lower case without port or trailing dot; the prefix is empty (every path) or starts
 * with {@code /} and has no trailing {@code /}. A prefix matches on whole path segments:
 * {@code /crm} matches {@code /crm} and {@code /crm/v3}, not {@code /crmx}.
 */
public record HostPattern(String host, String pathPrefix) {

    private static final Pattern HOST = Pattern
        .compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public HostPattern {
        if (host == null || host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not a normalised host name: " + host);
        }
        if (pathPrefix == null || pathPrefix.length() > 200
                || !pathPrefix.isEmpty() && (!pathPrefix.startsWith("/") || pathPrefix.endsWith("/"))) {
            throw new IllegalArgumentException("Not a normalised path prefix: " + pathPrefix);
        }
    }

    /**
     * What a person typed, with or without scheme, port, trailing slash or query.
     * @throws InvalidInputException (field {@code field}) when it is no host name
     */
    public static HostPattern parse(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "Enter a host, e.g. api.hubapi.com or api.hubapi.com/crm/v3.");
        }
        String withScheme = value.contains("://") ? value : "https://" + value;
        URI uri;
        try {
            uri = new URI(withScheme);
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException(field,
                    "'%s' is not a host with an optional path, e.g. api.hubapi.com/crm/v3.".formatted(value));
        }
        String host = normaliseHost(uri.getHost());
        if (host == null) {
            throw new InvalidInputException(field,
                    "'%s' is not a host with an optional path, e.g. api.hubapi.com/crm/v3.".formatted(value));
        }
        String prefix = normalisePrefix(uri.getRawPath());
        if (prefix.length() > 200) {
            throw new InvalidInputException(field, "A path prefix has at most 200 characters.");
        }
        return new HostPattern(host, prefix);
    }

    /**
     * One pattern per non-blank line; the field's error names the line.
     */
    public static List<HostPattern> parseLines(String text, String field) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] lines = text.split("\\R");
        LinkedHashSet<HostPattern> patterns = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                patterns.add(parse(lines[i], field));
            }
            catch (InvalidInputException e) {
                throw new InvalidInputException(field, "Line %d: %s".formatted(i + 1, e.getMessage()));
            }
        }
        if (patterns.size() > 50) {
            throw new InvalidInputException(field, "At most 50 hosts per integration.");
        }
        return new ArrayList<>(patterns);
    }

    /**
     * The host as spans carry it ({@code server.address}, or the host of
     * {@code url.full}), normalised; null when it is no host name.
     */
    public static String normaliseHost(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.contains(":") && h.indexOf(':') != h.lastIndexOf(':')) {
            return null;
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.length() <= 253 && HOST.matcher(h).matches() ? h : null;
    }

    private static String normalisePrefix(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /**
     * Whether a request to this host and path (null or empty for none) falls under it.
     */
    public boolean matches(String spanHost, String path) {
        if (!host.equals(spanHost)) {
            return false;
        }
        if (pathPrefix.isEmpty()) {
            return true;
        }
        if (path == null || !path.startsWith(pathPrefix)) {
            return false;
        }
        return path.length() == pathPrefix.length() || path.charAt(pathPrefix.length()) == '/'
                || path.charAt(pathPrefix.length()) == '?';
    }

    /** As typed back into the form: {@code host} or {@code host/prefix}. */
    @Override
    public String toString() {
        return host + pathPrefix;
    }

}
