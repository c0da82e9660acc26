package io.plumbline.survey.internal;

import io.plumbline.shared.InvalidInputException;
import io.plumbline.survey.WebhookFields;
import io.plumbline.survey.WebhookKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads webhook bodies into responses. Typeform: a {@code form_response} event — the
 * response token is the id, the hidden fields {@code client} and {@code audience} say
 * whose it is, the NPS answer is the {@code nps} field, CSAT a rating or opinion-scale
 * field (or a field whose ref contains "csat"), the comment the long-text answer (or a
 * text answer titled comment/why/feedback) — unless the agency named the fields by ref or
 * title ({@link WebhookFields}). Generic: one response object or {@code {"responses":
 * [...]}} with the fields listed in docs/surveys.md.
 */
public final class WebhookPayloads {

    /** One response as delivered; client and audience still as text. */
    public record Delivered(String externalId, Instant submittedAt, String client, String audience, Integer nps,
            Integer csat, String comment, String respondent) {
    }

    private static final Pattern COMMENT_WORDS = Pattern.compile("comment|why|feedback");

    private final ObjectMapper json;

    public WebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The responses of a delivery (none for Typeform events other than form responses).
     */
    public List<Delivered> read(WebhookKind kind, byte[] body) {
        return read(kind, body, WebhookFields.AUTOMATIC);
    }

    /**
     * The responses of a delivery; for Typeform with the agency's choice of fields.
     */
    public List<Delivered> read(WebhookKind kind, byte[] body, WebhookFields fields) {
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
        List<Delivered> delivered = kind == WebhookKind.TYPEFORM ? typeform(root, fields, errors)
                : generic(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("body", String.join("; ", errors));
        }
        return delivered;
    }

    private static List<Delivered> typeform(JsonNode root, WebhookFields fields, List<String> errors) {
        if (!"form_response".equals(text(root.get("event_type")))) {
            return List.of();
        }
        JsonNode response = root.path("form_response");
        String token = text(response.get("token"));
        if (token == null || token.isBlank()) {
            errors.add("form_response.token is required");
        }
        Instant submitted = instant(response.get("submitted_at"), "form_response.submitted_at", errors);
        Map<String, String> titles = new HashMap<>();
        for (JsonNode field : response.path("definition").path("fields")) {
            String id = text(field.get("id"));
            if (id != null && text(field.get("title")) != null) {
                titles.put(id, text(field.get("title")));
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (JsonNode answer : response.path("answers")) {
            JsonNode field = answer.path("field");
            answers.add(new Answer(answer, lower(text(field.get("type"))), lower(text(field.get("ref"))),
                    lower(titles.get(text(field.get("id"))))));
        }
        Answer npsAnswer = fields.nps() != null ? named(answers, fields.nps())
                : answers.stream()
                    .filter(a -> a.node().has("number") && (a.type().equals("nps") || a.ref().contains("nps")))
                    .findFirst()
                    .orElse(null);
        Answer csatAnswer = fields.csat() != null ? named(answers, fields.csat()) : answers.stream()
            .filter(a -> a != npsAnswer && a.node().has("number")
                    && (a.ref().contains("csat") || a.type().equals("rating") || a.type().equals("opinion_scale")))
            .findFirst()
            .orElse(null);
        Answer commentAnswer = fields.comment() != null ? named(answers, fields.comment()) : defaultComment(answers);
        Integer nps = npsAnswer == null ? null : score(npsAnswer.node().get("number"), "nps answer", 0, 10, errors);
        Integer csat = csatAnswer == null ? null : score(csatAnswer.node().get("number"), "csat answer", 1, 5, errors);
        String comment = commentAnswer == null ? null : commentAnswer.text();
        JsonNode hidden = response.path("hidden");
        return List.of(new Delivered(token, submitted, text(hidden.get("client")), text(hidden.get("audience")), nps,
                csat, comment, text(hidden.get("respondent"))));
    }

    /**
     * One answer of a Typeform delivery: the field's type and ref, and its title from the
     * form definition (lower case).
     */
    private record Answer(JsonNode node, String type, String ref, String title) {

        /** The answer as text: text, email, choice label or number. */
        String text() {
            if (node.has("text")) {
                return WebhookPayloads.text(node.get("text"));
            }
            if (node.has("choice")) {
                return WebhookPayloads.text(node.path("choice").get("label"));
            }
            if (node.has("email")) {
                return WebhookPayloads.text(node.get("email"));
            }
            return node.has("number") ? node.get("number").asString() : null;
        }

    }

    /** The answer whose field ref or title is the chosen name; none if not answered. */
    private static Answer named(List<Answer> answers, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return answers.stream()
            .filter(a -> a.ref().equals(wanted) || a.title().strip().equals(wanted))
            .findFirst()
            .orElse(null);
    }

    /**
     * The long-text answer, else a text answer whose title or ref says comment, why or
     * feedback — never any short text (a first name is not a comment).
     */
    private static Answer defaultComment(List<Answer> answers) {
        return answers.stream()
            .filter(a -> a.type().equals("long_text") && a.node().has("text"))
            .findFirst()
            .or(() -> answers.stream()
                .filter(a -> a.node().has("text")
                        && (COMMENT_WORDS.matcher(a.title()).find() || COMMENT_WORDS.matcher(a.ref()).find()))
                .findFirst())
            .orElse(null);
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
