package io.plumbline.status;

/**
 * A new public status page address: {@code token} (256 random bits, URL-safe) is shown
 * once; only its SHA-256 is stored. {@code path} is {@code /status/{token}}.
 */
public record PublicPageLink(String token, String path) {

    @Override
    public String toString() {
        return "PublicPageLink[token=…]";
    }

}
