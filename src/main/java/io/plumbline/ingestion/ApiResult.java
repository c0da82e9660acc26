package io.plumbline.ingestion;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A status and a JSON body, as every machine API endpoint answers; bodies of 4xx/5xx are
 * RFC 9457 problem details (plain maps, so that idempotent replays can store them).
 * Problem types are listed in docs/api.md.
 */
public record ApiResult(int status, Map<String, Object> body) {

    public static ApiResult ok(Map<String, Object> body) {
        return new ApiResult(200, body);
    }

    public static ApiResult problem(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return new ApiResult(status, body);
    }

    /**
     * Some items of a batch are invalid, so nothing was stored: type
     * {@code invalid-<noun>} (spaces as hyphens), every problem with its index, field and
     * reason (the first 100).
     */
    public static ApiResult invalidItems(List<ItemError> errors, int items, String noun) {
        String title = "Invalid " + noun;
        ApiResult result = problem(400, "invalid-" + noun.replace(' ', '-'),
                Character.toUpperCase(title.charAt(0)) + title.substring(1),
                "%d of %d %s are invalid; nothing was stored."
                    .formatted(errors.stream().map(ItemError::index).distinct().count(), items, noun));
        result.body()
            .put("errors", errors.stream().sorted(Comparator.comparingInt(ItemError::index)).limit(100).toList());
        if (errors.size() > 100) {
            result.body().put("moreErrors", errors.size() - 100);
        }
        return result;
    }

    public ResponseEntity<Object> toResponse() {
        return ResponseEntity.status(status)
            .contentType(status >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
            .body(body);
    }
}
