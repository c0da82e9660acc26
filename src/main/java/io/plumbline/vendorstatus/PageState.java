package io.plumbline.vendorstatus;

import java.time.Instant;

/**
 * How polling a status page goes.
 *
 * @param overallIndicator the page's own indicator: {@code none}, {@code minor},
 * {@code major}, {@code critical} (or {@code maintenance})
 * @param lastError why the last poll failed ("The answer was not valid JSON: …"); empty
 * after a good poll. Data of earlier polls stays as it was.
 * @param consecutiveFailures failed polls in a row; the wait before the next doubles with
 * each
 */
public record PageState(String pageName, String overallIndicator, String overallStatus, Instant lastPolledAt,
        Instant lastSuccessAt, String lastError, int consecutiveFailures, Instant nextPollAt) {

    public boolean failing() {
        return lastError != null;
    }

}
