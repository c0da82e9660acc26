package io.plumbline.status;

import java.time.Instant;

/**
 * Whether a client's public status page is on, and since when and by whom. The address
 * itself is shown only once, when it is made ({@link PublicPageLink}).
 */
public record PublicPageState(boolean enabled, String enabledBy, Instant enabledAt) {

    public static PublicPageState off() {
        return new PublicPageState(false, null, null);
    }

}
