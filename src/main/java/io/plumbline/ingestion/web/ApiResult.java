package io.plumbline.ingestion.web;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A status and a JSON body; bodies of 4xx/5xx are problem details. */
record ApiResult(int status, Map<String, Object> body) {

    ResponseEntity<Object> toResponse() {
        return ResponseEntity.status(status)
                .contentType(status >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
                .body(body);
    }
}
