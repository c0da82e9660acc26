package io.plumbline.vendorstatus.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the public Atlassian Statuspage v2 format: {@code /api/v2/summary.json} (page,
 * components, unresolved incidents, overall status) and {@code /api/v2/incidents.json}
 * (recent incidents with their updates and affected components). Whatever is not valid is
 * refused as a whole with a sentence ({@link Malformed}), so that a broken answer never
 * replaces good data.
 */
public final class StatuspageFeed {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StatuspageFeed() {
    }

    public static final class Malformed extends Exception {

        Malformed(String message) {
            super(message);
        }

    }

    public record Component(String id, String name, String status, String group, boolean isGroup, Instant updatedAt) {
    }

    public record Update(String id, String status, String body, Instant at) {
    }

    public record AffectedComponent(String id, String name) {
    }

    public record Incident(String id, String name, String status, String impact, Instant startedAt, Instant resolvedAt,
            String shortlink, Instant updatedAt, List<AffectedComponent> components, List<Update> updates) {
    }

    public record Summary(String pageName, String pageUrl, String indicator, String description,
            List<Component> components, List<Incident> incidents) {
    }

    public static Summary summary(byte[] body) throws Malformed {
        JsonNode root = parse(body, "summary.json");
        JsonNode page = root.path("page");
        JsonNode components = root.path("components");
        if (!page.isObject() || !components.isArray()) {
            throw new Malformed("summary.json has no \"page\" object or no \"components\" list; is this an "
                    + "Atlassian Statuspage?");
        }
        Map<String, String> groupNames = new HashMap<>();
        for (JsonNode node : components) {
            if (node.path("group").asBoolean(false)) {
                groupNames.put(text(node, "id"), text(node, "name"));
            }
        }
        List<Component> list = new ArrayList<>();
        for (JsonNode node : components) {
            String id = required(node, "id", "a component");
            list.add(new Component(id, required(node, "name", "component " + id),
                    required(node, "status", "component " + id), groupNames.get(text(node, "group_id")),
                    node.path("group").asBoolean(false), time(node, "updated_at")));
        }
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode node : root.path("incidents")) {
            incidents.add(incident(node));
        }
        JsonNode status = root.path("status");
        return new Summary(text(page, "name"), link(page, "url"), text(status, "indicator"),
                text(status, "description"), list, incidents);
    }

    public static List<Incident> incidents(byte[] body) throws Malformed {
        JsonNode root = parse(body, "incidents.json");
        JsonNode incidents = root.path("incidents");
        if (!incidents.isArray()) {
            throw new Malformed("incidents.json has no \"incidents\" list; is this an Atlassian Statuspage?");
        }
        List<Incident> list = new ArrayList<>();
        for (JsonNode node : incidents) {
            list.add(incident(node));
        }
        return list;
    }

    private static Incident incident(JsonNode node) throws Malformed {
        String id = required(node, "id", "an incident");
        String where = "incident " + id;
        Instant started = time(node, "started_at");
        if (started == null) {
            started = time(node, "created_at");
        }
        if (started == null) {
            throw new Malformed("%s has neither started_at nor created_at.".formatted(where));
        }
        String status = required(node, "status", where);
        Instant resolved = "resolved".equals(status) || "postmortem".equals(status) || "completed".equals(status)
                ? time(node, "resolved_at") : null;
        List<AffectedComponent> components = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
            components.add(new AffectedComponent(required(component, "id", "a component of " + where),
                    required(component, "name", "a component of " + where)));
        }
        List<Update> updates = new ArrayList<>();
        for (JsonNode update : node.path("incident_updates")) {
            String updateId = required(update, "id", "an update of " + where);
            Instant at = time(update, "display_at");
            if (at == null) {
                at = time(update, "created_at");
            }
            if (at == null) {
                throw new Malformed("Update %s of %s has no time.".formatted(updateId, where));
            }
            String body = text(update, "body");
            updates.add(new Update(updateId, required(update, "status", "update " + updateId), body == null ? "" : body,
                    at));
        }
        String impact = text(node, "impact");
        return new Incident(id, required(node, "name", where), status, impact == null ? "none" : impact, started,
                resolved, link(node, "shortlink"), time(node, "updated_at"), components, updates);
    }

    private static JsonNode parse(byte[] body, String what) throws Malformed {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Malformed("%s is not a JSON object.".formatted(what));
            }
            return root;
        }
        catch (JacksonException e) {
            String snippet = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8).replaceAll("\\s+",
                    " ");
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            // Jackson appends where in the source it stopped; the sentence needs only
            // what.
            why = why.replaceFirst("\\s*\\(.*$", "").replaceAll("\\s+", " ");
            throw new Malformed("%s is not valid JSON (%s); it begins \"%s\".".formatted(what, why, snippet));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    /** Only http(s) links are kept: the page shows them as links. */
    private static String link(JsonNode node, String field) {
        String value = text(node, field);
        return value != null && value.matches("(?i)https?://[^\\s\"<>]+") ? value : null;
    }

    private static String required(JsonNode node, String field, String where) throws Malformed {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new Malformed("%s has no \"%s\".".formatted(capitalised(where), field));
        }
        return value;
    }

    private static Instant time(JsonNode node, String field) throws Malformed {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new Malformed("\"%s\" is not a time (%s).".formatted(value, field));
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
