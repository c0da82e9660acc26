package io.plumbline.consent.web;

import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentRecord;
import io.plumbline.consent.ConsentSample;
import io.plumbline.consent.internal.PersonalData;
import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.ItemFields;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one item of a consent batch into the service's records, every problem named by
 * index and field. Integration keys are looked up beforehand ({@code integrations}: only
 * what the API key may see, archived ones excluded).
 */
final class ConsentItems {

    static final Duration MAX_AGE = Duration.ofDays(30);
    static final Set<String> LAWFUL_BASES = Set.of("consent", "contract", "legal_obligation", "vital_interests",
            "public_task", "legitimate_interests");

    private final Map<String, IntegrationDetails> integrations;

    private final Instant now;

    private final List<ItemError> errors;

    ConsentItems(Map<String, IntegrationDetails> integrations, Instant now, List<ItemError> errors) {
        this.integrations = integrations;
        this.now = now;
        this.errors = errors;
    }

    ConsentRecord record(int index, JsonNode node) {
        ItemFields fields = fields(index, node);
        if (fields == null) {
            return null;
        }
        int before = errors.size();
        IntegrationId integration = integration(index, fields);
        String reference = fields.text("recordRef", true, 200);
        if (reference != null) {
            PersonalData.problem(reference).ifPresent(reason -> fields.reject("recordRef", reason));
        }
        Instant observedAt = fields.instant("observedAt", true, now, MAX_AGE);
        Instant consentTimestamp = fields.instant("consentTimestamp", false, now, Duration.ofDays(36_500));
        String sourceId = source(fields, "sourceId");
        Boolean optIn = fields.bool("optIn");
        String lawfulBasis = lawfulBasis(fields);
        String purpose = fields.text("purpose", false, 120);
        String tcfString = fields.text("tcfString", false, 4000);
        return errors.size() > before ? null : new ConsentRecord(integration, observedAt, consentTimestamp, sourceId,
                optIn, lawfulBasis, purpose, tcfString);
    }

    ConsentAggregate aggregate(int index, JsonNode node) {
        ItemFields fields = fields(index, node);
        if (fields == null) {
            return null;
        }
        int before = errors.size();
        IntegrationId integration = integration(index, fields);
        Instant observedAt = observedAtOrPeriod(fields);
        String source = source(fields, "source");
        Long records = fields.number("recordsSent", true, 1, Long.MAX_VALUE);
        Map<ConsentField, Long> carrying = carrying(fields, node.get("carrying"), records);
        Long optInTrue = fields.number("optInTrue", false, 0, Long.MAX_VALUE);
        Long stale = fields.number("stale", false, 0, Long.MAX_VALUE);
        Long complete = fields.number("recordsComplete", false, 0, Long.MAX_VALUE);
        if (errors.size() > before) {
            return null;
        }
        long optIn = optInTrue == null ? 0 : optInTrue;
        long staleCount = stale == null ? 0 : stale;
        if (optIn > carrying.get(ConsentField.OPT_IN)) {
            fields.reject("optInTrue", "must not exceed carrying.optIn (records with an opt-in value)");
        }
        if (staleCount > carrying.get(ConsentField.CONSENT_TIMESTAMP)) {
            fields.reject("stale", "must not exceed carrying.consentTimestamp (records with a consent timestamp)");
        }
        if (complete != null && complete > records) {
            fields.reject("recordsComplete", "must not exceed recordsSent");
        }
        return errors.size() > before ? null
                : new ConsentAggregate(integration, observedAt, source, records, carrying, optIn, staleCount, complete);
    }

    ConsentSample sample(int index, JsonNode node) {
        ItemFields fields = fields(index, node);
        if (fields == null) {
            return null;
        }
        int before = errors.size();
        IntegrationId integration = integration(index, fields);
        Instant observedAt = node.has("observedAt") ? fields.instant("observedAt", true, now, MAX_AGE) : now;
        JsonNode payload = node.get("payload");
        if (payload == null || payload.isNull()) {
            fields.reject("payload", "is required");
        }
        else if (!payload.isObject()) {
            fields.reject("payload", "must be a JSON object (one record as the integration sends it)");
        }
        return errors.size() > before ? null : new ConsentSample(integration, observedAt, payload);
    }

    private ItemFields fields(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            errors.add(new ItemError(index, "", "must be a JSON object"));
            return null;
        }
        return new ItemFields(node, index, errors);
    }

    /**
     * The same answer for a key that does not exist and one of another agency or client.
     */
    private IntegrationId integration(int index, ItemFields fields) {
        String key = fields.text("integration", true, 64);
        if (key == null) {
            return null;
        }
        IntegrationDetails integration = integrations.get(key);
        if (integration == null) {
            errors.add(ItemError.unknownIntegration(index, key));
            return null;
        }
        return integration.id();
    }

    private String source(ItemFields fields, String field) {
        String source = fields.text(field, false, 120);
        if (source == null || source.isBlank()) {
            return null;
        }
        PersonalData.problem(source)
            .ifPresent(reason -> fields.reject(field, reason + " (a source names a form or system)"));
        return source;
    }

    private String lawfulBasis(ItemFields fields) {
        String basis = fields.text("lawfulBasis", false, 40);
        if (basis != null && !basis.isBlank() && !LAWFUL_BASES.contains(basis)) {
            fields.reject("lawfulBasis",
                    "must be one of " + LAWFUL_BASES.stream().sorted().toList() + " (GDPR Art. 6)");
            return null;
        }
        return basis;
    }

    private Instant observedAtOrPeriod(ItemFields fields) {
        Instant start = fields.instant("periodStart", false, now, MAX_AGE);
        Instant end = fields.instant("periodEnd", false, now, MAX_AGE);
        if (start != null && end != null && !start.isBefore(end)) {
            fields.reject("periodEnd", "must be after periodStart");
            return null;
        }
        if (end != null) {
            return end;
        }
        return fields.instant("observedAt", true, now, MAX_AGE);
    }

    private Map<ConsentField, Long> carrying(ItemFields fields, JsonNode node, Long records) {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, 0L);
        }
        if (node == null || node.isNull()) {
            fields.reject("carrying", "is required: records carrying each field, e.g. {\"optIn\": 97}");
            return carrying;
        }
        if (!node.isObject()) {
            fields.reject("carrying", "must be an object of counts per field");
            return carrying;
        }
        Map<String, ConsentField> byName = new HashMap<>();
        for (ConsentField field : ConsentField.values()) {
            byName.put(field.jsonName(), field);
        }
        ItemFields counts = fields.within("carrying", node);
        for (String name : node.propertyNames()) {
            ConsentField field = byName.get(name);
            if (field == null) {
                counts.reject(name, "is not a consent field; use one of " + byName.keySet().stream().sorted().toList());
                continue;
            }
            Long count = counts.number(name, true, 0, records == null ? Long.MAX_VALUE : records);
            if (count != null) {
                carrying.put(field, count);
            }
        }
        return carrying;
    }

}
