package io.plumbline.tenancy;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * An uploaded logo, checked by content (magic bytes) rather than by its declared type.
 */
public record Logo(byte[] bytes, String contentType) {

    public static final int MAX_BYTES = 512 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    public Logo {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
    }

    /**
     * @throws InvalidLogoException with a message a user can act on
     */
    public static Logo of(byte[] bytes, String declaredType) {
        if (bytes.length == 0) {
            throw new InvalidLogoException("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidLogoException(
                    "The logo is %d KB; the limit is %d KB.".formatted(bytes.length / 1024, MAX_BYTES / 1024));
        }
        String detected = SIGNATURES.entrySet()
            .stream()
            .filter(e -> startsWith(bytes, e.getValue()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new InvalidLogoException(
                    "Only PNG or JPEG images are accepted (the file's content is not one of them)."));
        if (declaredType != null && !declaredType.isBlank() && !declaredType.equals(detected)) {
            throw new InvalidLogoException(
                    "The file says it is %s but its content is %s.".formatted(declaredType, detected));
        }
        return new Logo(bytes, detected);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    public static class InvalidLogoException extends IllegalArgumentException {

        public InvalidLogoException(String message) {
            super(message);
        }

    }
}
