package io.plumbline.survey;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;

/**
 * One stored survey response as views and other modules read it (respondents are never
 * shown, only hashed).
 */
public record SurveyResponse(ClientId client, Audience audience, ResponseSource source, Instant submittedAt,
        Integer nps, Integer csat, String comment) implements Satisfaction.Answer {

    @Override
    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }
}
