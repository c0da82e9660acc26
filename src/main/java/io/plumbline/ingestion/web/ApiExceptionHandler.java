package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiResult;
import io.plumbline.ingestion.MachineApi;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every machine API error as a problem detail, never a stack trace ({@link MachineApi}
 * controllers).
 */
@RestControllerAdvice(annotations = MachineApi.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Duration outageRetryAfter;

    ApiExceptionHandler(ApiProperties api) {
        this.outageRetryAfter = api.databaseOutageRetryAfter();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return ApiResult.problem(404, "not-found", "Not found", e.getMessage()).toResponse();
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        ApiResult result = ApiResult.problem(400, "invalid-input", "Invalid input", e.getMessage());
        result.body().put("field", e.field());
        return result.toResponse();
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e) {
        return ApiResult
            .problem(415, "unsupported-media-type", "Unsupported media type", ApiProblems.UNSUPPORTED_MEDIA_TYPE_DETAIL)
            .toResponse();
    }

    @ExceptionHandler(CommitOutcomeUnknownException.class)
    ResponseEntity<Object> commitOutcomeUnknown(CommitOutcomeUnknownException e) {
        log.error("The commit of an API batch failed; its outcome is unknown", e);
        return ApiProblems.withRetryAfter(ApiProblems.commitOutcomeUnknown(e.withIdempotencyKey(), outageRetryAfter),
                outageRetryAfter);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("API request refused with 503: the database is unavailable ({})", e.getMessage());
            return ApiProblems.withRetryAfter(ApiProblems.databaseUnavailable(outageRetryAfter), outageRetryAfter);
        }
        log.error("API request failed", e);
        return ApiResult
            .problem(500, "internal-error", "Internal error",
                    "The request could not be completed; nothing was stored. Retry later.")
            .toResponse();
    }

}
