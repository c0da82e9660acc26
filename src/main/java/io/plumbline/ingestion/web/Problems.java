package io.plumbline.ingestion.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details as plain maps (also stored for idempotent replays); types are listed in docs/api.md. */
final class Problems {

    private Problems() {
    }

    static ApiResult problem(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return new ApiResult(status, body);
    }

    static ApiResult invalidItems(List<ItemError> errors, int items) {
        ApiResult result = problem(400, "invalid-observations", "Invalid observations",
                "%d of %d observations are invalid; nothing was stored.".formatted(
                        errors.stream().map(ItemError::index).distinct().count(), items));
        result.body().put("errors", errors.stream().limit(100).toList());
        if (errors.size() > 100) {
            result.body().put("moreErrors", errors.size() - 100);
        }
        return result;
    }
}
