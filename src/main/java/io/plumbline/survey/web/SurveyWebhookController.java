package io.plumbline.survey.web;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.survey.WebhookKind;
import io.plumbline.survey.WebhookOutcome;
import io.plumbline.survey.WebhookRejectedException;
import io.plumbline.survey.WebhookService;
import io.plumbline.survey.internal.WebhookSignatures;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey tools push responses here:
 * {@code POST /api/v1/surveys/webhooks/typeform/<token>} (Typeform's
 * {@code Typeform-Signature}) and {@code …/generic/<token>}
 * ({@code X-Plumbline-Signature}). Authenticated by the signature, not an API key
 * (docs/surveys.md). Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/surveys/webhooks")
class SurveyWebhookController {

    private static final Logger log = LoggerFactory.getLogger(SurveyWebhookController.class);

    private final WebhookService webhooks;

    SurveyWebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/{kind}/{token}")
    ResponseEntity<Object> receive(@PathVariable String kind, @PathVariable String token,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        WebhookKind webhookKind = Arrays.stream(WebhookKind.values())
            .filter(k -> k.path().equals(kind))
            .findFirst()
            .orElse(null);
        if (webhookKind == null) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "Webhook kinds are 'typeform' and 'generic'.");
        }
        WebhookOutcome outcome = webhooks.receive(webhookKind, token, body == null ? new byte[0] : body,
                request.getHeader(WebhookSignatures.header(webhookKind)));
        return ResponseEntity.ok(Map.of("added", outcome.added(), "alreadyPresent", outcome.alreadyPresent(), "updated",
                outcome.updated()));
    }

    @ExceptionHandler(WebhookRejectedException.class)
    ResponseEntity<Object> rejected(WebhookRejectedException e) {
        return problem(HttpStatus.UNAUTHORIZED, "invalid-signature", "Invalid signature",
                e.getMessage() + " Nothing was stored.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        ResponseEntity<Object> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-survey-response",
                "Invalid survey response", e.getMessage() + " Nothing was stored.");
        ((ProblemDetail) response.getBody()).setProperty("field", e.field());
        return response;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        log.error("Survey webhook failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The delivery could not be processed; nothing was stored. Retry later.");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status)
            .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
