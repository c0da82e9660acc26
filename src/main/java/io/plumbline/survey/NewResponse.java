package io.plumbline.survey;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * A response read from a file, a webhook or a form, not yet stored.
 *
 * @param externalId the tool's response id; with the source it makes storing idempotent
 * @param respondentHash SHA-256 of the respondent (salted with the agency), or null when
 * omitted
 */
public record NewResponse(ResponseSource source, String externalId, ClientId client, Audience audience,
        Instant submittedAt, Integer nps, Integer csat, String comment, String respondentHash) {

    public static final int MAX_COMMENT = 4000;

    public boolean isEmpty() {
        return nps == null && csat == null && (comment == null || comment.isBlank());
    }
}
