package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.ObjectMapper;

/**
 * The problem details the machine API answers outside an endpoint's own checks
 * (docs/api.md, "Errors").
 */
final class ApiProblems {

    static final String UNSUPPORTED_MEDIA_TYPE_DETAIL = "Send application/json (an array) or application/x-ndjson.";

    private ApiProblems() {
    }

    static ApiResult databaseUnavailable(Duration retryAfter) {
        return ApiResult.problem(503, "database-unavailable", "Database unavailable",
                "The database cannot be reached; nothing was stored. Retry after %d s."
                    .formatted(retryAfter.toSeconds()));
    }

    static ApiResult commitOutcomeUnknown(boolean withIdempotencyKey, Duration retryAfter) {
        return ApiResult.problem(503, "outcome-unknown", "Outcome unknown", (withIdempotencyKey
                ? "The database failed while committing the batch: it may or may not be stored. Retry with the same "
                        + "Idempotency-Key after %d s: the retry returns the first response if it was stored, or stores it once."
                : "The database failed while committing the batch: it may or may not be stored. A retry without an "
                        + "Idempotency-Key may store it twice; send one (docs/api.md). Retry after %d s.")
            .formatted(retryAfter.toSeconds()));
    }

    /**
     * The problem for an error status that Spring MVC or Spring Security answers by
     * itself (no endpoint, method...).
     */
    static ApiResult forStatus(int status, String method, String path, String allowedMethods) {
        return switch (status) {
            case 401 -> ApiResult.problem(401, "unauthenticated", "API key required",
                    "Send a valid, unrevoked API key as 'Authorization: Bearer <key>'.");
            case 403 -> ApiResult.problem(403, "forbidden", "Forbidden", "This API key may not do this.");
            case 404 -> ApiResult.problem(404, "not-found", "Not found",
                    "There is no API endpoint %s %s.".formatted(method, path));
            case 405 -> ApiResult.problem(405, "method-not-allowed", "Method not allowed", "%s is not allowed on %s%s."
                .formatted(method, path, allowedMethods == null ? "" : "; allowed: " + allowedMethods));
            case 406 -> ApiResult.problem(406, "not-acceptable", "Not acceptable",
                    "The API answers application/json and application/problem+json.");
            case 415 -> ApiResult.problem(415, "unsupported-media-type", "Unsupported media type",
                    UNSUPPORTED_MEDIA_TYPE_DETAIL);
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                String title = known == null ? "Error " + status : known.getReasonPhrase();
                yield status >= 500
                        ? ApiResult.problem(status, "internal-error", "Internal error",
                                "The request could not be completed; nothing was stored. Retry later.")
                        : ApiResult.problem(status, "request-refused", title,
                                "The request was refused: " + title + ".");
            }
        };
    }

    static ResponseEntity<Object> withRetryAfter(ApiResult problem, Duration retryAfter) {
        return ResponseEntity.status(problem.status())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .header("Retry-After", String.valueOf(retryAfter.toSeconds()))
            .body(problem.body());
    }

    static void write(HttpServletResponse response, ApiResult problem, ObjectMapper json) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem.body()));
    }

}
