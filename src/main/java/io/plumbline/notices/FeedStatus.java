package io.plumbline.notices;

import java.time.Instant;

/**
 * Whether the client has a live feed address, and since when and by whom it was made (the
 * address itself is shown only once, when made).
 */
public record FeedStatus(boolean live, Instant createdAt, String createdBy) {

    public static FeedStatus none() {
        return new FeedStatus(false, null, null);
    }

}
