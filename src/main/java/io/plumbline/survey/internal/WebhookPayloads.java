package io.plumbline.survey.internal;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.survey.WebhookKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads webhook bodies into responses. Typeform: a {@code form_response} event — the
 * response token is the id, the hidden fields {@code client} and {@code audience} say
 * whose it is, the NPS answer is the {@code nps} field, CSAT a rating or opinion-scale
 * field (or a field whose ref contains "csat"), the comment the first text answer.
 * Generic: one response object or {@code {"responses": [...]}} with the fields listed in
 * docs/surveys.md.
 */
public final class WebhookPayloads {

    /** One response as delivered; client and audience still as text. */
    public record Delivered(String externalId, Instant submittedAt, String client, String audience, Integer nps,
            Integer csat, String comment, String respondent) {
    }

    private final ObjectMapper json;

    public WebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The responses of a delivery (none for Typeform events other than form responses).
     */
    public List<Delivered> read(WebhookKind kind, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JacksonException e) {
            throw new InvalidInputException("body", "The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "The body must be a JSON object.");
        }
        List<String> errors = new ArrayList<>();
        List<Delivered> delivered = kind == WebhookKind.TYPEFORM ? typeform(root, errors) : generic(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("body", String.join("; ", errors));
        }
        return delivered;
    }

    private static List<Delivered> typeform(JsonNode root, List<String> errors) {
        if (!"form_response".equals(text(root.get("event_type")))) {
            return List.of();
        }
        JsonNode response = root.path("form_response");
        String token = text(response.get("token"));
        if (token == null || token.isBlank()) {
            errors.add("form_response.token is required");
        }
        Instant submitted = instant(response.get("submitted_at"), "form_response.submitted_at", errors);
        Integer nps = null;
        Integer csat = null;
        String comment = null;
        for (JsonNode answer : response.path("answers")) {
            JsonNode field = answer.path("field");
            String type = lower(text(field.get("type")));
            String ref = lower(text(field.get("ref")));
            if (answer.has("number") && nps == null && (type.equals("nps") || ref.contains("nps"))) {
                nps = score(answer.get("number"), "nps answer", 0, 10, errors);
            }
            else if (answer.has("number") && csat == null
                    && (ref.contains("csat") || type.equals("rating") || type.equals("opinion_scale"))) {
                csat = score(answer.get("number"), "csat answer", 1, 5, errors);
            }
            else if ("text".equals(text(answer.get("type"))) && comment == null) {
                comment = text(answer.get("text"));
            }
        }
        JsonNode hidden = response.path("hidden");
        return List.of(new Delivered(token, submitted, text(hidden.get("client")), text(hidden.get("audience")), nps,
                csat, comment, text(hidden.get("respondent"))));
    }

    private static List<Delivered> generic(JsonNode root, List<String> errors) {
        List<JsonNode> items = new ArrayList<>();
        if (root.has("responses")) {
            root.get("responses").forEach(items::add);
            if (items.isEmpty()) {
                errors.add("responses must be a non-empty array");
            }
        }
        else {
            items.add(root);
        }
        List<Delivered> delivered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = root.has("responses") ? "responses[" + i + "]." : "";
            String id = text(item.get("responseId"));
            if (id == null || id.isBlank() || id.length() > 200) {
                errors.add(at + "responseId is required (at most 200 characters)");
            }
            delivered.add(new Delivered(id, instant(item.get("submittedAt"), at + "submittedAt", errors),
                    text(item.get("client")), text(item.get("audience")),
                    score(item.get("nps"), at + "nps", 0, 10, errors),
                    score(item.get("csat"), at + "csat", 1, 5, errors), text(item.get("comment")),
                    text(item.get("respondent"))));
        }
        return delivered;
    }

    private static Integer score(JsonNode node, String name, int min, int max, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.intValue() < min || node.intValue() > max) {
            errors.add("%s must be a whole number from %d to %d".formatted(name, min, max));
            return null;
        }
        return node.intValue();
    }

    private static Instant instant(JsonNode node, String name, List<String> errors) {
        String text = text(node);
        if (text == null) {
            errors.add(name + " is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException e) {
            errors.add(name + " must be an ISO-8601 time like 2026-10-14T09:32:11Z");
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

}
