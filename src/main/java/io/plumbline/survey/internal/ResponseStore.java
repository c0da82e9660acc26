package io.plumbline.survey.internal;

import io.plumbline.survey.NewResponse;
import io.plumbline.survey.ResponseSource;
import io.plumbline.tenancy.AgencyId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Stores responses of every channel the same way: a response whose source and id are
 * already stored is skipped, so a re-import or a repeated webhook adds nothing. Runs
 * inside the caller's transaction (all or nothing).
 */
@Component
public class ResponseStore {

    private static final int IN_LIST = 500;

    private final SurveyResponseRepository responses;

    private final Clock clock;

    ResponseStore(SurveyResponseRepository responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    /** The responses among these that are already stored. */
    public Set<NewResponse> present(AgencyId agency, List<NewResponse> candidates) {
        Set<NewResponse> present = new HashSet<>();
        Map<ResponseSource, List<NewResponse>> bySource = candidates.stream()
            .collect(Collectors.groupingBy(NewResponse::source));
        bySource.forEach((source, list) -> {
            for (int i = 0; i < list.size(); i += IN_LIST) {
                List<NewResponse> chunk = list.subList(i, Math.min(list.size(), i + IN_LIST));
                Set<String> ids = new HashSet<>(responses.findPresentIds(agency.value(), source,
                        chunk.stream().map(NewResponse::externalId).toList()));
                chunk.stream().filter(r -> ids.contains(r.externalId())).forEach(present::add);
            }
        });
        return present;
    }

    public Stored store(AgencyId agency, List<NewResponse> candidates, UUID importId) {
        Set<NewResponse> present = present(agency, candidates);
        List<SurveyResponseRow> rows = new ArrayList<>();
        for (NewResponse response : candidates) {
            if (!present.contains(response)) {
                rows.add(new SurveyResponseRow(agency, response, importId, clock.instant()));
            }
        }
        responses.saveAll(rows);
        responses.flush();
        return new Stored(rows.size(), present.size());
    }

    public record Stored(int added, int alreadyPresent) {
    }

}
