package io.plumbline.survey.internal;

import io.plumbline.survey.NewResponse;
import io.plumbline.survey.ResponseSource;
import io.plumbline.tenancy.AgencyId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Stores responses of every channel the same way: a response is identified by its source
 * and id. One already stored is updated where the channel carries answers that differ
 * (the {@link Field}s it maps: a CSV import its mapped columns, a webhook all answers),
 * and otherwise left alone and counted as unchanged — so a re-import or a repeated
 * webhook changes nothing, and a corrected one repairs the response. Runs inside the
 * caller's transaction (all or nothing).
 */
@Component
public class ResponseStore {

    private static final int IN_LIST = 500;

    /** The answers of a response a channel carries, and may therefore update. */
    public enum Field {

        NPS, CSAT, COMMENT, SUBMITTED_AT;

        public static final Set<Field> NONE = EnumSet.noneOf(Field.class);

        public static final Set<Field> ALL = EnumSet.allOf(Field.class);

    }

    /** Whether a candidate is new, would change a stored response, or changes nothing. */
    public enum Status {

        NEW, UPDATED, UNCHANGED

    }

    private final SurveyResponseRepository responses;

    private final Clock clock;

    ResponseStore(SurveyResponseRepository responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    /** What storing these candidates would do, per candidate's external id and source. */
    public Map<NewResponse, Status> compare(AgencyId agency, List<NewResponse> candidates, Set<Field> fields) {
        Map<NewResponse, Status> statuses = new HashMap<>();
        stored(agency, candidates).forEach((candidate, row) -> statuses.put(candidate,
                row == null ? Status.NEW : row.differs(candidate, fields) ? Status.UPDATED : Status.UNCHANGED));
        return statuses;
    }

    /** Inserts new responses only; those already stored stay as they are. */
    public Stored store(AgencyId agency, List<NewResponse> candidates, UUID importId) {
        return store(agency, candidates, importId, Field.NONE);
    }

    /**
     * Inserts new responses and updates the given answers of stored ones where they
     * differ.
     */
    public Stored store(AgencyId agency, List<NewResponse> candidates, UUID importId, Set<Field> fields) {
        List<SurveyResponseRow> rows = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<NewResponse, SurveyResponseRow> entry : stored(agency, candidates).entrySet()) {
            SurveyResponseRow row = entry.getValue();
            if (row == null) {
                rows.add(new SurveyResponseRow(agency, entry.getKey(), importId, clock.instant()));
            }
            else if (row.differs(entry.getKey(), fields)) {
                row.update(entry.getKey(), fields, clock.instant());
                updated++;
            }
            else {
                unchanged++;
            }
        }
        responses.saveAll(rows);
        responses.flush();
        return new Stored(rows.size(), unchanged, updated);
    }

    /** Each candidate with its stored row, or null; in the candidates' order. */
    private Map<NewResponse, SurveyResponseRow> stored(AgencyId agency, List<NewResponse> candidates) {
        Map<NewResponse, SurveyResponseRow> stored = new LinkedHashMap<>();
        candidates.forEach(c -> stored.put(c, null));
        Map<ResponseSource, List<NewResponse>> bySource = candidates.stream()
            .collect(Collectors.groupingBy(NewResponse::source));
        bySource.forEach((source, list) -> {
            for (int i = 0; i < list.size(); i += IN_LIST) {
                List<NewResponse> chunk = list.subList(i, Math.min(list.size(), i + IN_LIST));
                Map<String, SurveyResponseRow> rows = responses
                    .findPresent(agency.value(), source, chunk.stream().map(NewResponse::externalId).toList())
                    .stream()
                    .collect(Collectors.toMap(SurveyResponseRow::externalId, r -> r, (a, b) -> a));
                chunk.forEach(c -> stored.put(c, rows.get(c.externalId())));
            }
        });
        return stored;
    }

    /**
     * @param alreadyPresent stored before and unchanged
     * @param updated stored before, answers changed
     */
    public record Stored(int added, int alreadyPresent, int updated) {
    }

}
